package se.egalleria.catalog.application;

/** A background import's state: rows applied so far of all, and the outcome once finished. */
public record ImportProgress(String jobId, long shopId, int applied, int total, boolean finished, boolean failed,
                             int created, int updated) {

    public int percent() {
        return total == 0 ? 100 : applied * 100 / total;
    }
}
