package se.egalleria.web.faces.organisation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import se.egalleria.ordering.application.RouteDates;
import se.egalleria.organisation.application.InvoiceFiles;
import se.egalleria.organisation.application.InvoiceSummaries;
import se.egalleria.organisation.application.InvoiceSummary;
import se.egalleria.shared.DomainException;
import se.egalleria.shared.Inputs;
import se.egalleria.web.faces.common.Downloads;
import se.egalleria.web.faces.common.FormMessages;
import se.egalleria.web.faces.common.LanguageView;

/** The shop's organisation customers and, per unit and month, the invoice summary to download (PDF or CSV). */
@Named
@ViewScoped
public class ShopInvoicesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InvoiceSummaries invoices;

    @Inject
    private FormMessages messages;

    @Inject
    private LanguageView language;

    private Long shop;
    private String month;
    private transient List<InvoiceSummaries.UnitCustomer> customers;

    public void load() {
        if (month == null || month.isBlank()) {
            month = YearMonth.from(RouteDates.today()).toString();
        }
        try {
            customers = shop == null ? List.of() : invoices.customersOf(shop);
        } catch (DomainException e) {
            customers = List.of();
            messages.show(e, Map.of());
        }
    }

    public void pdf(long unitId) throws IOException {
        InvoiceSummary summary = summary(unitId);
        if (summary != null) {
            Downloads.send(new InvoiceFiles(language.getLocale()).pdf(summary), "application/pdf",
                    InvoiceFiles.fileName(summary, "pdf"));
        }
    }

    public void csv(long unitId) throws IOException {
        InvoiceSummary summary = summary(unitId);
        if (summary != null) {
            Downloads.send(new InvoiceFiles(language.getLocale()).csv(summary), "text/csv; charset=UTF-8",
                    InvoiceFiles.fileName(summary, "csv"));
        }
    }

    private InvoiceSummary summary(long unitId) {
        try {
            return invoices.of(unitId, shop, Inputs.month("month", month));
        } catch (DomainException e) {
            messages.show(e, Map.of("month", "invoices:month"));
            load();
            return null;
        }
    }

    public List<InvoiceSummaries.UnitCustomer> getCustomers() {
        return customers == null ? List.of() : customers;
    }

    public Long getShop() {
        return shop;
    }

    public void setShop(Long shop) {
        this.shop = shop;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }
}
