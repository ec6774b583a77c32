package se.egalleria.catalog.application.csv;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.egalleria.catalog.domain.MeasureUnit;
import se.egalleria.catalog.domain.NetQuantity;

/** Net content as written on the package ("500 g", "1,5 kg", "33 cl") to whole grams or millilitres. */
final class NetQuantities {

    private static final Pattern QUANTITY =
            Pattern.compile(Numbers.GROUPED_DIGITS + "(?:[.,](\\d+))?\\s*([\\p{L}]*)\\.?");

    /** How many grams or millilitres one of the unit is. */
    private static final Map<String, Integer> FACTORS = Map.ofEntries(
            Map.entry("g", 1), Map.entry("gr", 1), Map.entry("gram", 1),
            Map.entry("hg", 100), Map.entry("kg", 1000), Map.entry("kilo", 1000),
            Map.entry("ml", 1), Map.entry("cl", 10), Map.entry("dl", 100),
            Map.entry("l", 1000), Map.entry("liter", 1000), Map.entry("litre", 1000));
    private static final java.util.Set<String> VOLUMES = java.util.Set.of("ml", "cl", "dl", "l", "liter", "litre");

    private NetQuantities() {
    }

    static NetQuantity parse(String raw) {
        Matcher matcher = QUANTITY.matcher(Text.clean(raw));
        if (!matcher.matches()) {
            throw new InvalidValue("csv.error.netQuantity.invalid", raw);
        }
        String unit = matcher.group(3).toLowerCase(Locale.ROOT);
        if (unit.isEmpty()) {
            // Whether "500" means grams or millilitres decides the comparison price; do not guess.
            throw new InvalidValue("csv.error.netQuantity.unitMissing", raw);
        }
        Integer factor = FACTORS.get(unit);
        if (factor == null) {
            throw new InvalidValue("csv.error.netQuantity.invalid", raw);
        }
        String decimals = matcher.group(2) == null ? "0" : matcher.group(2);
        BigDecimal amount = new BigDecimal(Numbers.ungrouped(matcher.group(1)) + "." + decimals)
                .multiply(BigDecimal.valueOf(factor));
        try {
            int whole = amount.intValueExact();
            if (whole <= 0) {
                throw new InvalidValue("csv.error.netQuantity.invalid", raw);
            }
            return new NetQuantity(whole, VOLUMES.contains(unit) ? MeasureUnit.ML : MeasureUnit.G);
        } catch (ArithmeticException fractionOrTooLarge) {
            throw new InvalidValue("csv.error.netQuantity.invalid", raw);
        }
    }

    /** "500 g" or "750 ml": as precise as stored, and read back to the same. */
    static String format(NetQuantity quantity) {
        return quantity.toString();
    }
}
