package se.egalleria.catalog.application;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Background imports of this server node, kept an hour for their status pages. In memory: a
 * status page asked on another node says the job is unknown (the import itself is in the database).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ImportJobs {

    private static final Duration KEEP = Duration.ofHours(1);

    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

    public ImportJob start(String tenant, String owner, long shopId, int total) {
        Instant cutoff = Instant.now().minus(KEEP);
        jobs.values().removeIf(job -> job.started().isBefore(cutoff));
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), tenant, owner, shopId, total);
        jobs.put(job.id(), job);
        return job;
    }

    public Optional<ImportJob> find(String id) {
        return Optional.ofNullable(id == null ? null : jobs.get(id));
    }
}
