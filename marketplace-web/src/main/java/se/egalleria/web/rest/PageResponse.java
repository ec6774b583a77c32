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
}
