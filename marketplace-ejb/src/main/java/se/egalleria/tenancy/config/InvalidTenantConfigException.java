package se.egalleria.tenancy.config;

import java.util.List;
import java.util.stream.Collectors;

/** tenant-config/ cannot be loaded; the message lists every problem found, one per line. */
public class InvalidTenantConfigException extends RuntimeException {

    private final transient List<ConfigProblem> problems;

    public InvalidTenantConfigException(List<ConfigProblem> problems) {
        super("tenant-config is invalid (" + problems.size() + " problem(s)):\n"
                + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ConfigProblem> problems() {
        return problems;
    }
}
