package se.egalleria.web.faces.shop;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;
import se.egalleria.catalog.application.ImportReport;
import se.egalleria.catalog.application.ImportStart;
import se.egalleria.catalog.application.ProductImport;
import se.egalleria.shared.DomainException;
import se.egalleria.web.faces.common.Downloads;
import se.egalleria.web.faces.common.FormMessages;
import se.egalleria.web.faces.common.Navigation;

/**
 * Import a product file in two steps (check, then import the same file, in the background with a
 * progress page) and export one. The checked file is kept with the page, so the shop does not have
 * to choose it twice.
 */
@Named
@ViewScoped
public class ProductFileView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_BYTES = 20 * 1024 * 1024;

    /** One problem of the file, for the table. */
    public record Row(int line, String column, String message) implements Serializable {
    }

    @Inject
    private ProductImport imports;

    @Inject
    private FormMessages messages;

    @Inject
    private Navigation navigation;

    private Long shop;
    private transient UploadedFile file;
    private byte[] content;
    private int rows;
    private int created;
    private int updated;
    private List<Row> problems = List.of();

    public void check() {
        if (file == null || file.getSize() == 0) {
            messages.errorOn("import:file", "shop.import.noFile");
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            messages.errorOn("import:file", "csv.error.fileTooLarge", MAX_BYTES / (1024 * 1024));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            messages.errorOn("import:file", "shop.import.noFile");
            return;
        }
        preview();
    }

    /** Checks the file again (it may have changed meanwhile) and starts the import in the background. */
    public void commit() {
        if (content == null) {
            messages.error("shop.import.noFile");
            return;
        }
        try {
            ImportStart start = imports.startImport(shop, content);
            if (start.jobId() == null) {
                show(start.check());
                content = null;
                return;
            }
            navigation.redirect("/shop/import-status.xhtml?job=" + start.jobId());
        } catch (DomainException e) {
            messages.show(e, Map.of("file", "import:file"));
            content = null;
        }
    }

    /** The shop's products as a download. */
    public void export() throws IOException {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        try {
            imports.exportFile(shop, csv);
        } catch (DomainException e) {
            messages.show(e, Map.of());
            return;
        }
        Downloads.send(csv.toByteArray(), "text/csv; charset=UTF-8", "produkter-" + shop + ".csv");
    }

    private void preview() {
        try {
            ImportReport report = imports.importFile(shop, new ByteArrayInputStream(content), false);
            show(report);
            if (report.hasProblems()) {
                content = null;
            }
        } catch (DomainException e) {
            messages.show(e, Map.of("file", "import:file"));
            content = null;
        }
    }

    private void show(ImportReport report) {
        rows = report.rows();
        created = report.created();
        updated = report.updated();
        problems = report.problems().stream()
                .map(p -> new Row(p.line(), p.column(), messages.text(p.messageKey(), p.arguments().toArray())))
                .toList();
    }

    /** "Sida 2 av 5" with the problem table's paginator placeholders. */
    public String getPageReport() {
        return messages.text("pager.position", "{currentPage}", "{totalPages}");
    }

    public boolean isChecked() {
        return content != null;
    }

    public boolean isHasProblems() {
        return !problems.isEmpty();
    }

    public List<Row> getProblems() {
        return problems;
    }

    public int getRows() {
        return rows;
    }

    public int getCreated() {
        return created;
    }

    public int getUpdated() {
        return updated;
    }

    public Long getShop() {
        return shop;
    }

    public void setShop(Long shop) {
        this.shop = shop;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
