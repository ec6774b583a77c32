package se.egalleria.shop.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Route days as one readable column ("TUESDAY,FRIDAY"): a shop has at most seven, always read with the shop. */
@Converter
public class RouteDaysConverter implements AttributeConverter<Set<DayOfWeek>, String> {

    @Override
    public String convertToDatabaseColumn(Set<DayOfWeek> days) {
        return days == null ? "" : days.stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<DayOfWeek> convertToEntityAttribute(String column) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::strip).map(DayOfWeek::valueOf).forEach(days::add);
        }
        return days;
    }
}
