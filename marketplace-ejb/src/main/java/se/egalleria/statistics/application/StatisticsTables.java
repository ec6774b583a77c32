package se.egalleria.statistics.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import se.egalleria.shared.csv.SpreadsheetCsv;

/**
 * The dashboard's other figures as CSV files the way Swedish Excel opens them, like
 * {@link StatisticsCsv}: UTF-8 with BOM, semicolons, one row per cell of the table (shop and month,
 * village and month, ...) so that a pivot table can be made of it, amounts in kronor with a
 * decimal comma in Swedish (a number Excel can sum), and a total row per month.
 */
public final class StatisticsTables {

    private final ResourceBundle texts;
    private final boolean decimalComma;

    public StatisticsTables(Locale locale) {
        Locale supported = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("sv");
        this.texts = ResourceBundle.getBundle("se.egalleria.statistics.csv", supported,
                StatisticsTables.class.getClassLoader());
        this.decimalComma = !"en".equals(supported.getLanguage());
    }

    /** "forsaljning-2026-01-2026-12.csv" and the like: ASCII, so every browser keeps it. */
    public static String fileName(String figure, String from, String to) {
        return figure + "-" + from + "-" + to + ".csv";
    }

    public byte[] sales(SalesFigures f) {
        List<List<Object>> rows = new ArrayList<>();
        for (SalesMonth m : f.months()) {
            rows.add(List.of(texts.getString("allShops"), m.month(), m.orders(), kronor(m.salesOre()),
                    kronor(m.vatOre())));
        }
        for (ShopSales s : f.shops()) {
            for (SalesMonth m : s.months()) {
                rows.add(List.of(s.shop(), m.month(), m.orders(), kronor(m.salesOre()), kronor(m.vatOre())));
            }
        }
        return table("sales.header", rows);
    }

    public byte[] deliveryMethods(MethodFigures f) {
        List<List<Object>> rows = new ArrayList<>();
        for (MethodMonth m : f.months()) {
            rows.add(List.of(m.month(), m.homeDelivery(), m.shopPickup(), m.servicePointPickup()));
        }
        return table("methods.header", rows);
    }

    /** Deliveries per village and month, subsidised ones beside them. */
    public byte[] villageMonths(DeliveryFigures f) {
        List<List<Object>> rows = new ArrayList<>();
        for (VillageFigures v : f.villages()) {
            for (VillageMonth m : v.months()) {
                rows.add(List.of(v.village(), m.month(), m.homeDeliveries(), m.subsidisedDeliveries()));
            }
        }
        return table("villageMonths.header", rows);
    }

    public byte[] bookings(BookingFigures f) {
        List<List<Object>> rows = new ArrayList<>();
        for (BookingMonth m : f.months()) {
            rows.add(List.of(texts.getString("allServices"), "", m.month(), m.bookings(), m.seats()));
        }
        for (ServiceBookingFigures s : f.services()) {
            for (BookingMonth m : s.months()) {
                rows.add(List.of(s.service(), s.shop(), m.month(), m.bookings(), m.seats()));
            }
        }
        return table("bookings.header", rows);
    }

    private byte[] table(String headerKey, List<List<Object>> rows) {
        return SpreadsheetCsv.write(csv -> {
            csv.printRecord((Object[]) texts.getString(headerKey).split(";"));
            for (List<Object> row : rows) {
                csv.printRecord(row);
            }
        });
    }

    /** 1234,50 (or 1234.50 in English): kronor without a currency, so that a spreadsheet can sum them. */
    String kronor(long ore) {
        String text = (ore < 0 ? "-" : "") + Math.abs(ore) / 100 + "." + String.format(Locale.ROOT, "%02d",
                Math.abs(ore) % 100);
        return decimalComma ? text.replace('.', ',') : text;
    }
}
