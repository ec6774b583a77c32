package se.egalleria.catalog.application;

import java.util.List;
import se.egalleria.catalog.application.csv.CsvProblem;

/**
 * What an import of a product file did, or would do: rows read, products to create and to
 * update (matched by article number, then EAN), and every problem. With problems, nothing changes.
 */
public record ImportReport(int rows, int created, int updated, List<CsvProblem> problems, boolean committed) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
