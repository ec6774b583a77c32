package se.egalleria.tenancy.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EligibilityGroupsConverterTest {

    private final EligibilityGroupsConverter converter = new EligibilityGroupsConverter();

    @Test
    void storesSortedNamesSeparatedByCommas() {
        assertEquals("NO_CAR,PENSIONER",
                converter.convertToDatabaseColumn(Set.of(EligibilityGroup.PENSIONER, EligibilityGroup.NO_CAR)));
    }

    @Test
    void roundTrips() {
        Set<EligibilityGroup> groups = EnumSet.of(EligibilityGroup.DISABLED, EligibilityGroup.LONG_DISTANCE,
                EligibilityGroup.PENSIONER);
        assertEquals(groups, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(groups)));
    }

    @Test
    void emptySetIsEmptyColumnAndBack() {
        assertEquals("", converter.convertToDatabaseColumn(Set.of()));
        assertEquals("", converter.convertToDatabaseColumn(null));
        assertEquals(Set.of(), converter.convertToEntityAttribute(""));
        assertEquals(Set.of(), converter.convertToEntityAttribute(null));
        assertEquals(Set.of(), converter.convertToEntityAttribute("  "));
    }

    @Test
    void readsColumnWithSpacesAroundNames() {
        assertEquals(EnumSet.of(EligibilityGroup.NO_CAR, EligibilityGroup.PENSIONER),
                converter.convertToEntityAttribute("NO_CAR, PENSIONER"));
    }

    @Test
    void unknownNameInColumnFails() {
        assertThrows(IllegalArgumentException.class, () -> converter.convertToEntityAttribute("RETIRED"));
    }
}
