package se.egalleria.tenancy.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** tenant-config gives starting values; what the administrator set in the console survives a restart. */
class MunicipalityTest {

    private static final HomeDeliverySettings DELIVERY = new HomeDeliverySettings(2000,
            Set.of(EligibilityGroup.PENSIONER));

    @Test
    void theFileAppliesUntilTheConsoleChangesTheLook() {
        Municipality m = new Municipality("arjeplog", "Arjeplog");
        configureFromFile(m, "#1d4f6e");
        assertFalse(m.brandingSetInConsole());
        configureFromFile(m, "#000000");
        assertEquals("#000000", m.branding().primaryColor(), "a restart without console changes applies the file");

        m.rebrand("Arjeplogs kommun", "#123456", "#654321", "Välkommen", "Welcome",
                new ContactDetails("info@arjeplog.example", "0961-1"));
        configureFromFile(m, "#1d4f6e");

        assertTrue(m.brandingSetInConsole());
        assertEquals("Arjeplogs kommun", m.name());
        assertEquals("#123456", m.branding().primaryColor());
        assertEquals("Välkommen", m.branding().welcomeTextSv());
        assertEquals("info@arjeplog.example", m.contact().email());
        assertEquals("Norrbottens län", m.county(), "what the console cannot change still comes from the file");
    }

    private static void configureFromFile(Municipality m, String primary) {
        m.configure("Arjeplog", "Norrbottens län", "sv", Set.of("arjeplog.localhost"),
                new Branding(primary, "#9c3d10", "Handla lokalt", "Shop locally", null, null),
                new ContactDetails("e-galleria@arjeplog.example", "0961-140 00"), DELIVERY);
    }
}
