package se.egalleria.catalog.application.csv;

import se.egalleria.shared.InvalidInputException;

/**
 * Prices typed on a form the way they are written in a product file ("49,90", "1 234,50 kr"):
 * one reading of Swedish prices for files and forms.
 */
public final class PriceText {

    private PriceText() {
    }

    /** Whole öre, or null when nothing was typed; anything unreadable names the field. */
    public static Long toOre(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Prices.parseOre(typed);
        } catch (InvalidValue e) {
            throw new InvalidInputException(field, e.messageKey(), e.arguments().toArray());
        }
    }

    /** "49,90": what the form shows for a stored price. */
    public static String format(long ore) {
        return Prices.format(ore);
    }
}
