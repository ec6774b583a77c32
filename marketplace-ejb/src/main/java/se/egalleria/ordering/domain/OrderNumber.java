package se.egalleria.ordering.domain;

import java.util.Optional;

/**
 * The number residents and shops quote on the phone: the order's id with a Luhn check digit, so a
 * mistyped number is recognised instead of opening someone else's order.
 */
public final class OrderNumber {

    private OrderNumber() {
    }

    public static String of(long orderId) {
        String digits = Long.toString(orderId);
        return digits + checkDigit(digits);
    }

    /** The order id in a well-formed number. */
    public static Optional<Long> parse(String number) {
        if (number == null) {
            return Optional.empty();
        }
        String digits = number.strip().replace(" ", "").replace("-", "");
        if (digits.length() < 2 || digits.length() > 18 || !digits.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        String id = digits.substring(0, digits.length() - 1);
        if (checkDigit(id) != digits.charAt(digits.length() - 1) - '0') {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(id));
    }

    static int checkDigit(String digits) {
        int sum = 0;
        boolean doubleIt = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return (10 - sum % 10) % 10;
    }
}
