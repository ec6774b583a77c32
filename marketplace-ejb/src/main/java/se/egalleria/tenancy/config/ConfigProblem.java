package se.egalleria.tenancy.config;

/** One thing wrong in tenant-config/: which file, which field, what is wrong. */
public record ConfigProblem(String file, String field, String message) {

    @Override
    public String toString() {
        return file + ": " + (field.isEmpty() ? "" : field + ": ") + message;
    }
}
