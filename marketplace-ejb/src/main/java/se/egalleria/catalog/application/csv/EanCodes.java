package se.egalleria.catalog.application.csv;

import java.util.regex.Pattern;
import se.egalleria.catalog.domain.Ean;

/** EAN-8 and EAN-13 barcodes: digits (spaces allowed) ending in a GS1 mod-10 check digit. */
final class EanCodes {

    /** What Excel makes of a 13-digit number in a cell formatted "General": "7,31087E+12". */
    private static final Pattern EXCEL_NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?[eE]\\+?\\d+");

    private EanCodes() {
    }

    /** The digits without spaces. */
    static String parse(String raw) {
        String code = Text.withoutSpaces(raw);
        if (EXCEL_NUMBER.matcher(code).matches()) {
            throw new InvalidValue("csv.error.ean.excelNumber", raw);
        }
        if (!(code.length() == 8 || code.length() == 13) || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidValue("csv.error.ean.invalid", raw);
        }
        if (Ean.checkDigit(code.substring(0, code.length() - 1)) != code.charAt(code.length() - 1) - '0') {
            throw new InvalidValue("csv.error.ean.checkDigit", raw);
        }
        return code;
    }

}
