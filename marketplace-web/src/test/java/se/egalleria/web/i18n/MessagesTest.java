package se.egalleria.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void swedishWithoutHeader() {
        assertEquals(Messages.SWEDISH, Messages.fromAcceptLanguage(null));
        assertEquals(Messages.SWEDISH, Messages.fromAcceptLanguage("  "));
    }

    @Test
    void englishWhenAskedFor() {
        assertEquals(Messages.ENGLISH, Messages.fromAcceptLanguage("en-GB,en;q=0.9"));
    }

    @Test
    void englishWhenItIsTheBestSupportedChoice() {
        assertEquals(Messages.ENGLISH, Messages.fromAcceptLanguage("de,en;q=0.5"));
    }

    @Test
    void swedishWhenPreferredOverEnglish() {
        assertEquals(Messages.SWEDISH, Messages.fromAcceptLanguage("sv-SE,en;q=0.8"));
        assertEquals(Messages.SWEDISH, Messages.fromAcceptLanguage("en;q=0.5,sv"));
    }

    @Test
    void swedishWhenNeitherIsNamed() {
        assertEquals(Messages.SWEDISH, Messages.fromAcceptLanguage("de"));
    }

    @Test
    void swedishForAMalformedHeader() {
        assertEquals(Messages.SWEDISH, Messages.fromAcceptLanguage(";;q=abc,@@"));
    }

    @Test
    void supportedFallsBackToSwedish() {
        assertEquals(Messages.ENGLISH, Messages.supported(Locale.UK));
        assertEquals(Messages.SWEDISH, Messages.supported(Locale.GERMAN));
        assertEquals(Messages.SWEDISH, Messages.supported(null));
    }

    @Test
    void textInSwedishAndEnglish() {
        assertEquals("Butiken finns inte i den här e-gallerian.",
                Messages.get(Messages.SWEDISH, "error.shop.notFound", List.of()));
        assertEquals("This gallery has no such shop.",
                Messages.get(Messages.ENGLISH, "error.shop.notFound", List.of()));
    }

    @Test
    void unsupportedLanguageGetsSwedish() {
        assertEquals("Butiken finns inte i den här e-gallerian.",
                Messages.get(Locale.GERMAN, "error.shop.notFound", List.of()));
    }

    @Test
    void argumentsAreFilledIn() {
        assertEquals("Antal per sida måste vara mellan 1 och 100.",
                Messages.get(Messages.SWEDISH, "error.page.size", List.of(100)));
        assertEquals("Items per page must be between 1 and 100.",
                Messages.get(Messages.ENGLISH, "error.page.size", List.of(100)));
    }

    @Test
    void unknownKeyIsShownAsItself() {
        assertEquals("error.no.such.key", Messages.get(Messages.ENGLISH, "error.no.such.key", List.of()));
    }

    @Test
    void aLanguageWithWeightZeroIsRefusedNotChosen() {
        assertEquals(Messages.SWEDISH, Messages.fromAcceptLanguage("en;q=0"));
        assertEquals(Messages.SWEDISH, Messages.fromAcceptLanguage("en;q=0,de"));
    }

    /** A key given twice means one of its texts is never shown (the later one silently wins). */
    @Test
    void noBundleGivesAKeyTwice() throws IOException {
        for (String bundle : List.of("messages.properties", "messages_en.properties", "messages_sv.properties")) {
            try (InputStream in = MessagesTest.class.getResourceAsStream("/se/egalleria/web/i18n/" + bundle)) {
                List<String> keys = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                        .map(line -> line.substring(0, line.indexOf('=')).strip()).toList();
                Set<String> seen = new HashSet<>();
                assertEquals(List.of(), keys.stream().filter(key -> !seen.add(key)).toList(), bundle);
            }
        }
    }
}
