package se.egalleria.shared;

import java.util.List;

/** One page of a list, with what a client needs to page further. */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

    public Page {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return (int) ((totalItems + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }
}
