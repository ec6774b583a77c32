package se.egalleria.statistics.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.egalleria.subsidy.application.Households;
import se.egalleria.tenancy.application.CarrierSummary;
import se.egalleria.tenancy.application.VillageSummary;

/** Adds the grouped counts up per month, village, shop and carrier, households by their key. */
final class Tally {

    /** What is counted for one month or one village. */
    private static final class Counter {
        private long homeDeliveries;
        private long pickups;
        private long subsidised;
        private final Set<String> households = new HashSet<>();
    }

    private final Map<Long, String> villageNames;
    private final Map<YearMonth, Counter> months = new LinkedHashMap<>();
    private final Map<Long, Counter> villages = new HashMap<>();
    /** Village → month → {home deliveries, subsidised}: the village-by-month table. */
    private final Map<Long, Map<YearMonth, long[]>> villageMonths = new HashMap<>();
    private final Map<Long, Counter> shops = new HashMap<>();
    private final Map<Long, Long> carriers = new HashMap<>();
    private final Counter total = new Counter();

    Tally(List<YearMonth> period, Map<Long, String> villageNames) {
        this.villageNames = villageNames;
        period.forEach(m -> months.put(m, new Counter()));
    }

    /** A month's deliveries by address, within a piece of the month that ends at {@code pieceEnd}. */
    void addresses(YearMonth month, List<OrderCounts.AddressCount> counts, Instant pieceEnd, SubsidyCover cover) {
        Counter inMonth = months.get(month);
        for (OrderCounts.AddressCount c : counts) {
            String household = Households.key(c.street(), c.postalCode(), villageNames.get(c.villageId()));
            long subsidised = cover.covers(household, pieceEnd) ? c.deliveries() : 0;
            for (Counter counter : List.of(inMonth, villages.computeIfAbsent(c.villageId(), id -> new Counter()),
                    total)) {
                counter.homeDeliveries += c.deliveries();
                counter.subsidised += subsidised;
                counter.households.add(household);
            }
            long[] cell = villageMonths.computeIfAbsent(c.villageId(), id -> new HashMap<>())
                    .computeIfAbsent(month, m -> new long[2]);
            cell[0] += c.deliveries();
            cell[1] += subsidised;
        }
    }

    void pickups(YearMonth month, List<OrderCounts.ShopCount> counts) {
        for (OrderCounts.ShopCount c : counts) {
            months.get(month).pickups += c.pickups();
            shops.computeIfAbsent(c.shopId(), id -> new Counter()).pickups += c.pickups();
            total.pickups += c.pickups();
        }
    }

    /** A delivered order always has its carrier: it cannot be handed over without one. */
    void shopsAndCarriers(List<OrderCounts.ShopCarrierCount> counts) {
        for (OrderCounts.ShopCarrierCount c : counts) {
            shops.computeIfAbsent(c.shopId(), id -> new Counter()).homeDeliveries += c.deliveries();
            if (c.carrierId() != null) {
                carriers.merge(c.carrierId(), c.deliveries(), Long::sum);
            }
        }
    }

    DeliveryFigures figures(Period period, List<VillageSummary> villageList, Map<Long, String> shopNames,
                            List<CarrierSummary> carrierList) {
        Collator swedish = Collator.getInstance(Locale.forLanguageTag("sv"));
        List<MonthFigures> monthRows = months.entrySet().stream().map(e -> new MonthFigures(e.getKey().toString(),
                e.getValue().homeDeliveries, e.getValue().pickups, e.getValue().households.size(),
                e.getValue().subsidised, percent(e.getValue().subsidised, e.getValue().homeDeliveries))).toList();
        List<VillageFigures> villageRows = villageList.stream().map(v -> {
            Counter c = villages.getOrDefault(v.id(), new Counter());
            Map<YearMonth, long[]> cells = villageMonths.getOrDefault(v.id(), Map.of());
            List<VillageMonth> perMonth = months.keySet().stream().map(m -> {
                long[] cell = cells.getOrDefault(m, new long[2]);
                return new VillageMonth(m.toString(), cell[0], cell[1]);
            }).toList();
            return new VillageFigures(v.id(), v.name(), c.homeDeliveries, c.households.size(), c.subsidised,
                    percent(c.subsidised, c.homeDeliveries), perMonth);
        }).toList();
        List<ShopFigures> shopRows = shopNames.entrySet().stream()
                .sorted(Map.Entry.comparingByValue(swedish::compare))
                .map(e -> {
                    Counter c = shops.getOrDefault(e.getKey(), new Counter());
                    return new ShopFigures(e.getKey(), e.getValue(), c.homeDeliveries, c.pickups);
                }).toList();
        List<CarrierFigures> carrierRows = carrierList.stream()
                .map(c -> new CarrierFigures(c.id(), c.name(), carriers.getOrDefault(c.id(), 0L))).toList();
        return new DeliveryFigures(period.from().toString(), period.to().toString(), total.homeDeliveries,
                total.pickups, total.households.size(), total.subsidised,
                percent(total.subsidised, total.homeDeliveries), monthRows, villageRows, shopRows, carrierRows);
    }

    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1,
                RoundingMode.HALF_UP);
    }
}
