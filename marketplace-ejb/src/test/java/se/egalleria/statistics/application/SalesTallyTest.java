package se.egalleria.statistics.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.egalleria.ordering.domain.DeliveryMethod;

class SalesTallyTest {

    private static final YearMonth NOV = YearMonth.of(2026, 11);
    private static final YearMonth DEC = YearMonth.of(2026, 12);
    private static final Period PERIOD = Period.of("2026-11", "2026-12");

    private static SalesTally tally() {
        SalesTally tally = new SalesTally(PERIOD.months());
        tally.shops(NOV, List.of(new SalesCounts.ShopSum(10, 2, 25000, 2679), new SalesCounts.ShopSum(20, 1, 4990, 535)));
        tally.shops(DEC, List.of(new SalesCounts.ShopSum(10, 1, 12550, 1345)));
        tally.methods(NOV, List.of(new SalesCounts.MethodCount(DeliveryMethod.HOME_DELIVERY, 2),
                new SalesCounts.MethodCount(DeliveryMethod.SERVICE_POINT_PICKUP, 1)));
        tally.methods(DEC, List.of(new SalesCounts.MethodCount(DeliveryMethod.SHOP_PICKUP, 1)));
        return tally;
    }

    @Test
    void salesAddUpPerShopAndMonthWithEveryShopListed() {
        SalesFigures f = tally().sales(PERIOD, Map.of(10L, "Ängsbo Handel", 20L, "Affären", 30L, "Zäta Livs"));

        assertEquals(4, f.orders());
        assertEquals(42540, f.salesOre());
        assertEquals(4559, f.vatOre());
        assertEquals(List.of(new SalesMonth("2026-11", 3, 29990, 3214), new SalesMonth("2026-12", 1, 12550, 1345)),
                f.months());
        assertEquals(List.of("Affären", "Zäta Livs", "Ängsbo Handel"), f.shops().stream().map(ShopSales::shop).toList());
        assertEquals(new ShopSales(10, "Ängsbo Handel", 3, 37550, 4024, List.of(new SalesMonth("2026-11", 2, 25000, 2679),
                new SalesMonth("2026-12", 1, 12550, 1345))), f.shops().get(2));
        assertEquals(new ShopSales(30, "Zäta Livs", 0, 0, 0, List.of(new SalesMonth("2026-11", 0, 0, 0),
                new SalesMonth("2026-12", 0, 0, 0))), f.shops().get(1));
    }

    @Test
    void methodsPerMonthWithZeros() {
        MethodFigures f = tally().methods(PERIOD);

        assertEquals(List.of(new MethodMonth("2026-11", 2, 0, 1), new MethodMonth("2026-12", 0, 1, 0)), f.months());
        assertEquals(List.of(2L, 1L, 1L), List.of(f.homeDelivery(), f.shopPickup(), f.servicePointPickup()));
    }

    @Test
    void tablesForExcelInKronorWithADecimalComma() {
        SalesFigures sales = tally().sales(PERIOD, Map.of(10L, "Ängsbo Handel"));
        String sv = new String(new StatisticsTables(Locale.forLanguageTag("sv")).sales(sales), StandardCharsets.UTF_8);
        String en = new String(new StatisticsTables(Locale.ENGLISH).sales(sales), StandardCharsets.UTF_8);

        assertTrue(sv.startsWith("\uFEFFButik;Månad;Beställningar;Försäljning inkl. moms (kr);Varav moms (kr)\r\n"
                + "Alla butiker;2026-11;3;299,90;32,14\r\n"), sv);
        assertTrue(sv.endsWith("\r\nÄngsbo Handel;2026-12;1;125,50;13,45\r\n"), sv);
        assertTrue(en.contains("\r\nÄngsbo Handel;2026-11;2;250.00;26.79\r\n"), en);
        String methods = new String(new StatisticsTables(Locale.forLanguageTag("sv")).deliveryMethods(tally()
                .methods(PERIOD)), StandardCharsets.UTF_8);
        assertEquals("\uFEFFMånad;Hemsändning;Hämtas i butik;Hämtas vid servicepunkt\r\n2026-11;2;0;1\r\n2026-12;0;1;0\r\n",
                methods);
        assertEquals("forsaljning-2026-11-2026-12.csv", StatisticsTables.fileName("forsaljning", "2026-11", "2026-12"));
    }
}
