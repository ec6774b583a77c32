package se.egalleria.tenancy.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.egalleria.shared.InvalidInputException;

class BrandingRulesTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0};

    @Test
    void coloursAreHexAndKeptInLowerCase() {
        assertEquals("#1d4f6e", BrandingRules.colour("primaryColor", " #1D4F6E "));
        for (String bad : List.of("", "1d4f6e", "#1d4f6", "#1d4f6g", "red", "#1d4f6e0")) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> BrandingRules.colour("accentColor", bad), bad);
            assertEquals("accentColor", e.field());
        }
    }

    @Test
    void coloursBelowFourAndAHalfToOneAgainstWhiteAreWarnedAbout() {
        assertEquals(List.of(), BrandingRules.warnings("#1d4f6e", "#767676"), "#767676 is 4.54:1, just enough");
        List<ContrastWarning> warnings = BrandingRules.warnings("#777777", "#ffcc00");
        assertEquals(List.of("primaryColor", "accentColor"), warnings.stream().map(ContrastWarning::field).toList());
        assertEquals(4.47, warnings.get(0).contrast());
        assertEquals(1.51, warnings.get(1).contrast());
        assertEquals("4,47", warnings.get(0).contrastText(Locale.forLanguageTag("sv")));
        assertEquals("4.47", warnings.get(0).contrastText(Locale.ENGLISH));
        assertEquals(List.of(), BrandingRules.warnings("not a colour", null), "invalid colours are refused elsewhere");
    }

    @Test
    void aChangeIsCheckedFieldByField() {
        BrandingChanges ok = new BrandingChanges(" Arjeplog ", "#1D4F6E", "#9c3d10", " Välkommen ", null, " ",
                "", 3L);
        BrandingChanges checked = BrandingRules.check(ok);
        assertEquals(new BrandingChanges("Arjeplog", "#1d4f6e", "#9c3d10", "Välkommen", "", null, null, 3L), checked);
        assertEquals("contactEmail", assertThrows(InvalidInputException.class, () -> BrandingRules.check(
                new BrandingChanges("A", "#000000", "#000000", "V", "", "nobody", null, 1L))).field());
        assertEquals("welcomeTextSv", assertThrows(InvalidInputException.class, () -> BrandingRules.check(
                new BrandingChanges("A", "#000000", "#000000", " ", "", null, null, 1L))).field());
    }

    @Test
    void aLogoIsKnownByItsContentNotItsName() {
        assertEquals("image/png", BrandingRules.logoType(PNG, "image/png"));
        assertEquals("image/jpeg", BrandingRules.logoType(JPEG, "application/octet-stream"));
        assertEquals("image/svg+xml", BrandingRules.logoType(
                "\uFEFF<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>"
                        .getBytes(StandardCharsets.UTF_8), "image/svg+xml; charset=utf-8"));
        for (byte[] bad : List.of(new byte[0], "GIF89a".getBytes(StandardCharsets.US_ASCII), new byte[513 * 1024],
                "<svg><script>x</script></svg>".getBytes(StandardCharsets.UTF_8),
                "<svg><a href=\"javascript:x()\"/></svg>".getBytes(StandardCharsets.UTF_8),
                "<svg ONLOAD=\"x()\"/>".getBytes(StandardCharsets.UTF_8))) {
            assertEquals("logo", assertThrows(InvalidInputException.class, () -> BrandingRules.logoType(bad, null))
                    .field());
        }
        assertThrows(InvalidInputException.class, () -> BrandingRules.logoType(PNG, "image/jpeg"),
                "the declared type must agree");
    }
}
