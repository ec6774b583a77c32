package se.egalleria.servicepoint.application;

import java.util.List;

/** The municipality's service-point criteria in order, and how many a shop must meet. */
public record CriteriaView(int required, List<CriterionView> criteria) {

    public CriteriaView {
        criteria = List.copyOf(criteria);
    }
}
