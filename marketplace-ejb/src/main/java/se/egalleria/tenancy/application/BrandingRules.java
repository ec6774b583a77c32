package se.egalleria.tenancy.application;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import se.egalleria.shared.Inputs;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.tenancy.domain.Colours;

/** The checks of a branding change and of a logo file (pure, so they are tested without a server). */
public final class BrandingRules {

    public static final int MAX_WELCOME = 2000;
    /** A logo is shown 48 px high: half a megabyte is plenty, and every page view may fetch it. */
    public static final int MAX_LOGO_BYTES = 512 * 1024;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    /** An SVG is served as a file and drawn in an img (where scripts never run); still, none are accepted. */
    private static final Pattern ACTIVE_SVG = Pattern.compile("<script|javascript:|\\son[a-z]+\\s*=|<foreignobject");

    private BrandingRules() {
    }

    /** The checked change: colours in lower case, texts stripped, empty contact parts as null. */
    public static BrandingChanges check(BrandingChanges c) {
        return new BrandingChanges(Inputs.required("name", c.name(), 120), colour("primaryColor", c.primaryColor()),
                colour("accentColor", c.accentColor()), Inputs.required("welcomeTextSv", c.welcomeTextSv(), MAX_WELCOME),
                Inputs.optional("welcomeTextEn", c.welcomeTextEn(), MAX_WELCOME),
                blank(c.contactEmail()) ? null : Inputs.email("contactEmail", c.contactEmail()),
                blank(c.contactPhone()) ? null : Inputs.phone("contactPhone", c.contactPhone()), c.version());
    }

    /** #rrggbb, returned in lower case. */
    public static String colour(String field, String value) {
        String stripped = Inputs.required(field, value, 7);
        if (!Colours.HEX.matcher(stripped).matches()) {
            throw new InvalidInputException(field, "error.branding.colour");
        }
        return stripped.toLowerCase(Locale.ROOT);
    }

    /** Warnings for each valid colour below WCAG AA against white (either way round: the ratio is the same). */
    public static List<ContrastWarning> warnings(String primaryColor, String accentColor) {
        List<ContrastWarning> warnings = new ArrayList<>();
        warn(warnings, "primaryColor", primaryColor);
        warn(warnings, "accentColor", accentColor);
        return warnings;
    }

    private static void warn(List<ContrastWarning> warnings, String field, String colour) {
        if (colour == null || !Colours.HEX.matcher(colour).matches()) {
            return;
        }
        double contrast = Colours.contrastWithWhite(colour);
        if (contrast < Colours.MIN_TEXT_CONTRAST) {
            warnings.add(new ContrastWarning(field, colour.toLowerCase(Locale.ROOT),
                    Math.floor(contrast * 100) / 100, "branding.warning.contrast." + field));
        }
    }

    /**
     * The logo's real type (image/png, image/jpeg or image/svg+xml), from its content; the type the
     * sender declared must agree unless it is unspecific (empty or application/octet-stream).
     */
    public static String logoType(byte[] logo, String declared) {
        if (logo == null || logo.length == 0) {
            throw new InvalidInputException("logo", "error.logo.empty");
        }
        if (logo.length > MAX_LOGO_BYTES) {
            throw new InvalidInputException("logo", "error.logo.tooLarge", MAX_LOGO_BYTES / 1024);
        }
        String type = startsWith(logo, PNG) ? "image/png" : startsWith(logo, JPEG) ? "image/jpeg"
                : isSvg(logo) ? "image/svg+xml" : null;
        if (type == null) {
            throw new InvalidInputException("logo", "error.logo.type");
        }
        String given = declared == null ? "" : declared.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!given.isEmpty() && !given.equals("application/octet-stream") && !given.equals(type)) {
            throw new InvalidInputException("logo", "error.logo.type");
        }
        if (type.equals("image/svg+xml")
                && ACTIVE_SVG.matcher(new String(logo, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT)).find()) {
            throw new InvalidInputException("logo", "error.logo.script");
        }
        return type;
    }

    private static boolean isSvg(byte[] logo) {
        String text = new String(logo, 0, Math.min(logo.length, 4096), StandardCharsets.UTF_8).replace("\uFEFF", "")
                .stripLeading();
        return text.startsWith("<") && text.toLowerCase(Locale.ROOT).contains("<svg");
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
