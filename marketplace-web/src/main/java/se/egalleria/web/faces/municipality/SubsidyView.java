package se.egalleria.web.faces.municipality;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.egalleria.ordering.application.RouteDates;
import se.egalleria.shared.DomainException;
import se.egalleria.shared.Inputs;
import se.egalleria.shared.PageRequest;
import se.egalleria.shop.application.ShopDirectory;
import se.egalleria.shop.application.ShopSummary;
import se.egalleria.subsidy.application.ApprovalView;
import se.egalleria.subsidy.application.MonthlyReport;
import se.egalleria.subsidy.application.MonthlyReports;
import se.egalleria.subsidy.application.NewApproval;
import se.egalleria.subsidy.application.ReportFiles;
import se.egalleria.subsidy.application.SubsidyRegister;
import se.egalleria.subsidy.application.TripLine;
import se.egalleria.tenancy.application.CarrierDirectory;
import se.egalleria.tenancy.application.CarrierSummary;
import se.egalleria.web.faces.common.Downloads;
import se.egalleria.web.faces.common.FormMessages;
import se.egalleria.web.faces.common.LanguageView;

/**
 * The administrator's subsidy page: the register of approved households, and for a month the
 * report of every shop and carrier (PDF, CSV) with approval.
 */
@Named
@ViewScoped
public class SubsidyView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> INPUTS = Map.of("name", "approval:name", "street", "approval:street",
            "postalCode", "approval:postalCode", "villageId", "approval:villageId", "basis", "approval:basis");

    @Inject
    private SubsidyRegister register;

    @Inject
    private MonthlyReports reports;

    @Inject
    private ShopDirectory shops;

    @Inject
    private CarrierDirectory carriers;

    @Inject
    private FormMessages messages;

    @Inject
    private LanguageView language;

    private String month = YearMonth.from(RouteDates.today()).minusMonths(1).toString();
    private String name;
    private String street;
    private String postalCode;
    private Long villageId;
    private String basis = "PENSIONER";
    private transient List<ApprovalView> approvals;
    private transient MonthlyReport shown;
    private boolean allowed;

    public void load() {
        try {
            approvals = register.list();
            allowed = true;
        } catch (DomainException e) {
            allowed = false;
            messages.show(e, Map.of());
        }
    }

    public void approve() {
        try {
            register.approve(new NewApproval(name, street, postalCode, villageId, basis, null, null));
            messages.info("subsidy.approved", name);
            name = null;
            street = null;
            postalCode = null;
        } catch (DomainException e) {
            messages.show(e, INPUTS);
        }
        load();
    }

    public void withdraw(ApprovalView approval) {
        try {
            register.withdraw(approval.id());
            messages.info("subsidy.withdrawn", approval.name());
        } catch (DomainException e) {
            messages.show(e, Map.of());
        }
        load();
    }

    public void approveReport(String kind, long id) {
        try {
            MonthlyReport report = reports.approve(kind, id, Inputs.month("month", month));
            messages.info("subsidy.reportApproved", report.subjectName(), report.month());
        } catch (DomainException e) {
            messages.show(e, Map.of("month", "reports:month"));
        }
    }

    /** Shows a report on the page: its home-delivery totals and its shopping trips, line by line. */
    public void show(String kind, long id) {
        try {
            shown = reports.report(kind, id, Inputs.month("month", month));
        } catch (DomainException e) {
            shown = null;
            messages.show(e, Map.of("month", "reports:month"));
        }
    }

    /** The checks a trip failed, in words. */
    public String flags(TripLine line) {
        return String.join(", ", line.flags().stream().map(f -> messages.text("trips.flag." + f)).toList());
    }

    public MonthlyReport getShown() {
        return shown;
    }

    public void download(String kind, long id, String format) throws IOException {
        byte[] content;
        MonthlyReport report;
        try {
            report = reports.report(kind, id, Inputs.month("month", month));
            ReportFiles files = new ReportFiles(language.getLocale());
            content = "csv".equals(format) ? files.csv(report) : files.pdf(report);
        } catch (DomainException e) {
            messages.show(e, Map.of("month", "reports:month"));
            return;
        }
        Downloads.send(content, "csv".equals(format) ? "text/csv; charset=UTF-8" : "application/pdf",
                "hemsandning-" + kind.toLowerCase(Locale.ROOT) + "-" + id + "-" + report.month() + "." + format);
    }

    public List<ShopSummary> getShops() {
        return shops.list(new PageRequest(0, PageRequest.MAX_SIZE)).items();
    }

    public List<CarrierSummary> getCarriers() {
        return carriers.list();
    }

    public List<ApprovalView> getApprovals() {
        return approvals == null ? List.of() : approvals;
    }

    public List<String> getBases() {
        return List.of("PENSIONER", "DISABLED", "NO_CAR", "LONG_DISTANCE");
    }

    public boolean isAllowed() {
        return allowed;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public Long getVillageId() {
        return villageId;
    }

    public void setVillageId(Long villageId) {
        this.villageId = villageId;
    }

    public String getBasis() {
        return basis;
    }

    public void setBasis(String basis) {
        this.basis = basis;
    }
}
