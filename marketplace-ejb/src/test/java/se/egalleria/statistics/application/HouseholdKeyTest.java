package se.egalleria.statistics.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

class HouseholdKeyTest {

    @Test
    void anAddressIsOneHouseholdHoweverItWasTyped() {
        assertEquals("storgatan 1|93090|laisvall", HouseholdKey.of("  Storgatan   1 ", "930 90", "Laisvall"));
        assertEquals(HouseholdKey.of("Östra Vägen 2", "93090", "Jäckvik"), HouseholdKey.of("östra vägen 2",
                "930 90", "JÄCKVIK"));
    }

    /**
     * The subsidy register keys households with its own (package-private) function; a delivery only
     * counts as subsidised when both give the same key, so they are compared here directly.
     */
    @Test
    void theKeyIsTheSubsidyRegistersKey() throws ReflectiveOperationException {
        Method registerKey = Class.forName("se.egalleria.subsidy.application.Households")
                .getDeclaredMethod("key", String.class, String.class, String.class);
        registerKey.setAccessible(true);
        for (String[] address : new String[][] {{"  Storgatan   1 ", "930 90", "Laisvall"},
                {"ÅSVÄGEN 12 B", "93092", " Mellanström "}, {"–", "00000", "Slagnäs"}}) {
            assertEquals(registerKey.invoke(null, (Object[]) address), HouseholdKey.of(address[0], address[1],
                    address[2]), String.join(", ", address));
        }
    }
}
