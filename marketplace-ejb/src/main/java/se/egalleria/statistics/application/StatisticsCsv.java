package se.egalleria.statistics.application;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.ResourceBundle;
import se.egalleria.shared.csv.SpreadsheetCsv;

/**
 * The statistics as one CSV table the way Swedish Excel opens it (UTF-8 with BOM, semicolons,
 * decimal comma in Swedish): a row per total, month, village, shop and carrier, the first column
 * saying which, so that the file can be filtered or pivoted; figures that do not apply are empty.
 */
public final class StatisticsCsv {

    private final ResourceBundle texts;
    private final boolean decimalComma;

    public StatisticsCsv(Locale locale) {
        Locale supported = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("sv");
        this.texts = ResourceBundle.getBundle("se.egalleria.statistics.csv", supported,
                StatisticsCsv.class.getClassLoader());
        this.decimalComma = !"en".equals(supported.getLanguage());
    }

    public static String fileName(DeliveryFigures figures) {
        return "hemsandning-statistik-" + figures.from() + "-" + figures.to() + ".csv";
    }

    public byte[] csv(DeliveryFigures f) {
        return SpreadsheetCsv.write(csv -> {
            csv.printRecord((Object[]) texts.getString("header").split(";"));
            csv.printRecord(texts.getString("total"), f.from() + "–" + f.to(), f.homeDeliveries(), f.pickups(),
                    f.households(), f.subsidisedDeliveries(), percent(f.subsidisedPercent()));
            for (MonthFigures m : f.months()) {
                csv.printRecord(texts.getString("month"), m.month(), m.homeDeliveries(), m.pickups(), m.households(),
                        m.subsidisedDeliveries(), percent(m.subsidisedPercent()));
            }
            for (VillageFigures v : f.villages()) {
                csv.printRecord(texts.getString("village"), v.village(), v.homeDeliveries(), "", v.households(),
                        v.subsidisedDeliveries(), percent(v.subsidisedPercent()));
            }
            for (ShopFigures s : f.shops()) {
                csv.printRecord(texts.getString("shop"), s.shop(), s.homeDeliveries(), s.pickups(), "", "", "");
            }
            for (CarrierFigures c : f.carriers()) {
                csv.printRecord(texts.getString("carrier"), c.carrier(), c.homeDeliveries(), "", "", "", "");
            }
        });
    }

    private String percent(BigDecimal value) {
        if (value == null) {
            return "";
        }
        String text = value.toPlainString();
        return decimalComma ? text.replace('.', ',') : text;
    }
}
