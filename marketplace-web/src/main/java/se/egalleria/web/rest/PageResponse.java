package se.egalleria.web.rest;

import java.util.List;
import java.util.function.Function;
import se.egalleria.shared.Page;

/** One page of a list in the API. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <S, T> PageResponse<T> of(Page<S> page, Function<S, T> mapper) {
        return new PageResponse<>(page.items().stream().map(mapper).toList(), page.page(), page.size(),
                page.totalItems(), page.totalPages());
    }

    /**
     * Cheap on purpose: Yasson's recursion check puts every object it writes into a hash set, and
     * the record's own hash code hashed every item of the page, field by field (7 % of a product
     * list's CPU). Equal pages still have equal hash codes.
     */
    @Override
    public int hashCode() {
        return 31 * Long.hashCode(totalItems) + page;
    }
}
