package se.egalleria.web.faces.shop;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.egalleria.catalog.application.ImportProgress;
import se.egalleria.catalog.application.ProductImport;

/**
 * A background import's progress. While it runs the page reloads itself every two seconds (a
 * meta refresh: no JavaScript needed), so the shop sees the count grow and then the outcome.
 */
@Named
@RequestScoped
public class ImportStatusView {

    @Inject
    private ProductImport imports;

    private String job;
    private ImportProgress progress;

    public void load() {
        progress = imports.progress(job).orElse(null);
    }

    public boolean isKnown() {
        return progress != null;
    }

    public boolean isRunning() {
        return progress != null && !progress.finished();
    }

    public ImportProgress getProgress() {
        return progress;
    }

    public String getJob() {
        return job;
    }

    public void setJob(String job) {
        this.job = job;
    }
}
