package se.egalleria.statistics.application;

import java.text.Collator;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.egalleria.ordering.domain.DeliveryMethod;

/** Adds the grouped order counts up per shop and month, and per delivery method and month. */
final class SalesTally {

    /** Orders, sales and VAT of one cell. */
    private static final class Sum {
        private long orders;
        private long salesOre;
        private long vatOre;

        void add(long orders, long salesOre, long vatOre) {
            this.orders += orders;
            this.salesOre += salesOre;
            this.vatOre += vatOre;
        }

        SalesMonth month(YearMonth month) {
            return new SalesMonth(month.toString(), orders, salesOre, vatOre);
        }
    }

    private final List<YearMonth> period;
    private final Map<YearMonth, Sum> months = new LinkedHashMap<>();
    private final Map<Long, Map<YearMonth, Sum>> shopMonths = new HashMap<>();
    private final Map<YearMonth, Map<DeliveryMethod, Long>> methods = new LinkedHashMap<>();

    SalesTally(List<YearMonth> period) {
        this.period = List.copyOf(period);
        period.forEach(m -> {
            months.put(m, new Sum());
            methods.put(m, new EnumMap<>(DeliveryMethod.class));
        });
    }

    void shops(YearMonth month, List<SalesCounts.ShopSum> sums) {
        for (SalesCounts.ShopSum s : sums) {
            months.get(month).add(s.orders(), s.salesOre(), s.vatOre());
            shopMonths.computeIfAbsent(s.shopId(), id -> new HashMap<>()).computeIfAbsent(month, m -> new Sum())
                    .add(s.orders(), s.salesOre(), s.vatOre());
        }
    }

    void methods(YearMonth month, List<SalesCounts.MethodCount> counts) {
        counts.forEach(c -> methods.get(month).merge(c.method(), c.orders(), Long::sum));
    }

    SalesFigures sales(Period p, Map<Long, String> shopNames) {
        Sum total = new Sum();
        months.values().forEach(m -> total.add(m.orders, m.salesOre, m.vatOre));
        Collator swedish = Collator.getInstance(Locale.forLanguageTag("sv"));
        List<ShopSales> shops = shopNames.entrySet().stream()
                .sorted(Map.Entry.comparingByValue(swedish::compare))
                .map(e -> shop(e.getKey(), e.getValue())).toList();
        return new SalesFigures(p.from().toString(), p.to().toString(), total.orders, total.salesOre, total.vatOre,
                months.entrySet().stream().map(e -> e.getValue().month(e.getKey())).toList(), shops);
    }

    private ShopSales shop(long id, String name) {
        Map<YearMonth, Sum> cells = shopMonths.getOrDefault(id, Map.of());
        Sum shopTotal = new Sum();
        List<SalesMonth> perMonth = period.stream().map(m -> {
            Sum cell = cells.getOrDefault(m, new Sum());
            shopTotal.add(cell.orders, cell.salesOre, cell.vatOre);
            return cell.month(m);
        }).toList();
        return new ShopSales(id, name, shopTotal.orders, shopTotal.salesOre, shopTotal.vatOre, perMonth);
    }

    MethodFigures methods(Period p) {
        List<MethodMonth> rows = methods.entrySet().stream().map(e -> new MethodMonth(e.getKey().toString(),
                e.getValue().getOrDefault(DeliveryMethod.HOME_DELIVERY, 0L),
                e.getValue().getOrDefault(DeliveryMethod.SHOP_PICKUP, 0L),
                e.getValue().getOrDefault(DeliveryMethod.SERVICE_POINT_PICKUP, 0L))).toList();
        return new MethodFigures(p.from().toString(), p.to().toString(),
                rows.stream().mapToLong(MethodMonth::homeDelivery).sum(),
                rows.stream().mapToLong(MethodMonth::shopPickup).sum(),
                rows.stream().mapToLong(MethodMonth::servicePointPickup).sum(), rows);
    }
}
