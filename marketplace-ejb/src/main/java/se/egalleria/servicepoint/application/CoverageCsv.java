package se.egalleria.servicepoint.application;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import se.egalleria.shared.csv.SpreadsheetCsv;

/**
 * Service coverage as a CSV table the way Swedish Excel opens it (UTF-8 with BOM, semicolons,
 * decimal comma in Swedish): a row per village; an empty distance means there is no such shop.
 */
public final class CoverageCsv {

    private final ResourceBundle texts;
    private final boolean decimalComma;

    public CoverageCsv(Locale locale) {
        Locale supported = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("sv");
        this.texts = ResourceBundle.getBundle("se.egalleria.servicepoint.csv", supported,
                CoverageCsv.class.getClassLoader());
        this.decimalComma = !"en".equals(supported.getLanguage());
    }

    public static String fileName(CoverageReport report) {
        return "servicetackning-" + report.limitKm() + "km.csv";
    }

    public byte[] csv(CoverageReport report) {
        return SpreadsheetCsv.write(csv -> {
            csv.printRecord((Object[]) MessageFormat.format(texts.getString("header"), report.limitKm()).split(";"));
            for (VillageCoverage v : report.villages()) {
                csv.printRecord(v.village(), number(v.latitude()), number(v.longitude()),
                        v.households() == null ? "" : v.households(), text(v.nearestShop()), number(v.shopKm()),
                        text(v.nearestServicePoint()), number(v.servicePointKm()),
                        texts.getString(v.beyondLimit() ? "yes" : "no"));
            }
        });
    }

    private String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        String text = value.toPlainString();
        return decimalComma ? text.replace('.', ',') : text;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
