package se.egalleria.tenancy.domain;

import java.util.regex.Pattern;

/** Colour rules for branding: WCAG contrast, since many residents are elderly. */
public final class Colours {

    public static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");
    /** WCAG 2 level AA for normal text. */
    public static final double MIN_TEXT_CONTRAST = 4.5;

    private Colours() {
    }

    /** Contrast ratio (1 to 21) between white text and the given background colour. */
    public static double contrastWithWhite(String hex) {
        return 1.05 / (relativeLuminance(hex) + 0.05);
    }

    static double relativeLuminance(String hex) {
        if (!HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("Not a colour: " + hex);
        }
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
