package se.egalleria.web.faces.gallery;

/** One {@code <option>} of a filter on a list page, with whether it is the one chosen. */
public record FilterOption(String value, String label, boolean selected) {
}
