package se.egalleria.catalog.application.csv;

import java.util.List;

/** What a product file held: the rows that are fine and every problem found in the others. */
public record ParsedProducts(List<ProductRow> rows, List<CsvProblem> problems) {

    public ParsedProducts {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
