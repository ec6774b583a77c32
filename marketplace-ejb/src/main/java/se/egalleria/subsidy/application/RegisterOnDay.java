package se.egalleria.subsidy.application;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import se.egalleria.subsidy.domain.SubsidyApproval;

/**
 * The register as the calculators ask it: on which basis a household was approved on a day (null:
 * not approved then). Reads the municipality's register once.
 */
final class RegisterOnDay {

    private RegisterOnDay() {
    }

    static BiFunction<String, LocalDate, String> of(EntityManager em) {
        Map<String, List<SubsidyApproval>> periods = em.createNamedQuery(SubsidyApproval.ALL, SubsidyApproval.class)
                .getResultStream().collect(Collectors.groupingBy(SubsidyApproval::household));
        return (household, day) -> periods.getOrDefault(household, List.of()).stream().filter(a -> a.covers(day))
                .map(SubsidyApproval::basis).findFirst().orElse(null);
    }
}
