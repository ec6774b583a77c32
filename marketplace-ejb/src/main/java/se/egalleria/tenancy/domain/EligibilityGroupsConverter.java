package se.egalleria.tenancy.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a small set of groups as one comma-separated column. */
@Converter
public class EligibilityGroupsConverter implements AttributeConverter<Set<EligibilityGroup>, String> {

    @Override
    public String convertToDatabaseColumn(Set<EligibilityGroup> groups) {
        return groups == null ? "" : groups.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    @Override
    public Set<EligibilityGroup> convertToEntityAttribute(String column) {
        EnumSet<EligibilityGroup> groups = EnumSet.noneOf(EligibilityGroup.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::strip).map(EligibilityGroup::valueOf).forEach(groups::add);
        }
        return groups;
    }
}
