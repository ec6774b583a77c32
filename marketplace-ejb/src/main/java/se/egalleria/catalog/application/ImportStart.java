package se.egalleria.catalog.application;

/** An import that was checked: its report, and the background job applying it (null when it had problems). */
public record ImportStart(ImportReport check, String jobId) {
}
