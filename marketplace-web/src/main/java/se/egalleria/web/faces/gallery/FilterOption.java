package se.egalleria.web.faces.gallery;

import java.io.Serializable;

/** One {@code <option>} of a filter on a list page, with whether it is the one chosen. */
public record FilterOption(String value, String label, boolean selected) implements Serializable {
}
