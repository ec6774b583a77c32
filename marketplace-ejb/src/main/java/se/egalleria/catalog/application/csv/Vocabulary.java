package se.egalleria.catalog.application.csv;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.egalleria.catalog.domain.StorageClass;
import se.egalleria.catalog.domain.Unit;
import se.egalleria.catalog.domain.VatRate;

/** The words and small numbers of a product file: unit, VAT, stock, storage, visibility. Swedish or English. */
final class Vocabulary {

    private static final Map<String, Unit> UNITS = Map.of(
            "st", Unit.ST, "kg", Unit.KG, "l", Unit.L, "förp", Unit.FORP, "forp", Unit.FORP);

    private static final Map<String, StorageClass> STORAGE = Map.of(
            "rumstemp", StorageClass.AMBIENT, "rumstemperatur", StorageClass.AMBIENT, "ambient", StorageClass.AMBIENT,
            "kyl", StorageClass.CHILLED, "kylvara", StorageClass.CHILLED, "chilled", StorageClass.CHILLED,
            "frys", StorageClass.FROZEN, "fryst", StorageClass.FROZEN, "frysvara", StorageClass.FROZEN,
            "frozen", StorageClass.FROZEN);

    private static final Map<StorageClass, String> STORAGE_WRITTEN = Map.of(
            StorageClass.AMBIENT, "rumstemp", StorageClass.CHILLED, "kyl", StorageClass.FROZEN, "frys");

    private static final Map<String, Boolean> YES_NO = Map.of(
            "ja", true, "nej", false, "yes", true, "no", false, "true", true, "false", false, "1", true, "0", false);

    private static final Set<String> ALWAYS_AVAILABLE = Set.of("alltid", "always");
    private static final String ALWAYS_WRITTEN = "alltid";

    /** "25", "25%", "25 %" and, from a cell formatted as a percentage, "25,00 %". */
    private static final Pattern VAT = Pattern.compile("(\\d{1,3})(?:[.,]0+)?\\s*%?");

    private static final Pattern STOCK = Pattern.compile(Numbers.GROUPED_DIGITS);

    private Vocabulary() {
    }

    static Unit unit(String raw) {
        return word(UNITS, raw, "csv.error.unit.invalid");
    }

    static String written(Unit unit) {
        return unit.label();
    }

    static StorageClass storage(String raw) {
        return word(STORAGE, raw, "csv.error.storage.invalid");
    }

    static String written(StorageClass storage) {
        return STORAGE_WRITTEN.get(storage);
    }

    static boolean visible(String raw) {
        return word(YES_NO, raw, "csv.error.visible.invalid");
    }

    static String writtenVisible(boolean visible) {
        return visible ? "ja" : "nej";
    }

    static VatRate vat(String raw) {
        Matcher matcher = VAT.matcher(Text.clean(raw));
        return Optional.of(matcher)
                .filter(Matcher::matches)
                .flatMap(m -> VatRate.ofPercent(Integer.parseInt(m.group(1))))
                .orElseThrow(() -> new InvalidValue("csv.error.vat.invalid", raw));
    }

    static String written(VatRate vat) {
        return Integer.toString(vat.percent());
    }

    /** Empty when the product is always available (made to order, services, digital goods). */
    static Optional<Integer> stock(String raw) {
        String value = Text.clean(raw);
        if (ALWAYS_AVAILABLE.contains(value.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        boolean negative = !value.isEmpty() && Numbers.isMinus(value.charAt(0));
        Matcher matcher = STOCK.matcher(Text.clean(negative ? value.substring(1) : value));
        if (!matcher.matches()) {
            throw new InvalidValue("csv.error.stock.invalid", raw);
        }
        if (negative) {
            throw new InvalidValue("csv.error.stock.negative", raw);
        }
        try {
            return Optional.of(Integer.parseInt(Numbers.ungrouped(matcher.group(1))));
        } catch (NumberFormatException beyondInt) {
            throw new InvalidValue("csv.error.stock.invalid", raw);
        }
    }

    static String writtenStock(Integer stock) {
        return stock == null ? ALWAYS_WRITTEN : stock.toString();
    }

    private static <T> T word(Map<String, T> words, String raw, String messageKey) {
        T meaning = words.get(Text.clean(raw).toLowerCase(Locale.ROOT));
        if (meaning == null) {
            throw new InvalidValue(messageKey, raw);
        }
        return meaning;
    }
}
