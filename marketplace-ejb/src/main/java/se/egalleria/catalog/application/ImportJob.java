package se.egalleria.catalog.application;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/** One background import, updated by the worker and read by the status page. */
public final class ImportJob {

    private final String id;
    private final String tenant;
    private final String owner;
    private final long shopId;
    private final int total;
    private final Instant started = Instant.now();
    private final AtomicInteger applied = new AtomicInteger();
    private volatile ImportReport outcome;
    private volatile boolean failed;

    ImportJob(String id, String tenant, String owner, long shopId, int total) {
        this.id = id;
        this.tenant = tenant;
        this.owner = owner;
        this.shopId = shopId;
        this.total = total;
    }

    void applied(int rows) {
        applied.set(rows);
    }

    void finished(ImportReport report) {
        outcome = report;
        applied.set(total);
    }

    void failed() {
        failed = true;
    }

    ImportProgress progress() {
        ImportReport report = outcome;
        return new ImportProgress(id, shopId, applied.get(), total, report != null || failed, failed,
                report == null ? 0 : report.created(), report == null ? 0 : report.updated());
    }

    String id() {
        return id;
    }

    String tenant() {
        return tenant;
    }

    String owner() {
        return owner;
    }

    Instant started() {
        return started;
    }
}
