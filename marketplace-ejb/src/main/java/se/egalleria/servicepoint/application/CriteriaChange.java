package se.egalleria.servicepoint.application;

import java.util.List;

/**
 * The whole list of criteria as it should be, in order, and the threshold: an entry with an id
 * renames that criterion, one without adds a criterion, and a criterion left out is removed.
 */
public record CriteriaChange(Integer required, List<Entry> criteria) {

    public record Entry(Long id, String name) {
    }
}
