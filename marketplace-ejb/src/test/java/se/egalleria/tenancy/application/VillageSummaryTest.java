package se.egalleria.tenancy.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class VillageSummaryTest {

    private static VillageSummary at(String latitude, String longitude) {
        return new VillageSummary(1, "By", new BigDecimal(latitude), new BigDecimal(longitude), null);
    }

    @Test
    void distancesMatchKnownCoordinates() {
        // Arjeplog – Laisvall: about 35 km as the crow flies.
        long metres = at("66.0517", "17.8861").metresTo(at("66.0833", "17.1667"));
        assertEquals(true, metres > 32000 && metres < 36000, metres + " m");
        assertEquals(0, at("66.0", "17.0").metresTo(at("66.0", "17.0")));
    }
}
