package se.egalleria.web.faces.municipality;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import se.egalleria.administration.application.ShopOverview;
import se.egalleria.administration.application.ShopOverviewLine;
import se.egalleria.shared.DomainException;
import se.egalleria.shared.Page;
import se.egalleria.shared.PageRequest;
import se.egalleria.shop.application.ShopAdmission;
import se.egalleria.shop.application.ShopInvitation;
import se.egalleria.tenancy.application.MunicipalityDirectory;
import se.egalleria.tenancy.application.VillageSummary;
import se.egalleria.web.faces.common.FormMessages;
import se.egalleria.web.faces.common.LanguageView;
import se.egalleria.web.rest.RequestContexts;

/**
 * The administrator's shops page: every shop with status, catalogue size and orders (a page at a
 * time, filtered by status), a form to invite a shop owner, and approve, suspend and reactivate.
 */
@Named
@ViewScoped
public class ShopAdmissionView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PER_PAGE = 20;
    private static final Map<String, String> INPUTS = Map.of("name", "invite:name", "villageId", "invite:villageId",
            "email", "invite:email", "phone", "invite:phone");

    @Inject
    private ShopOverview overview;

    @Inject
    private ShopAdmission admission;

    @Inject
    private MunicipalityDirectory municipality;

    @Inject
    private FormMessages messages;

    @Inject
    private LanguageView language;

    private boolean allowed;
    private int page;
    private String status = "";
    private String filterName = "";
    private transient Page<ShopOverviewLine> shops;

    private String name;
    private Long villageId;
    private String email;
    private String phone;

    public void load() {
        try {
            shops = overview.list(status, filterName, new PageRequest(page, PER_PAGE));
            allowed = true;
        } catch (DomainException e) {
            shops = null;
            allowed = false;
            messages.show(e, Map.of("status", "filter:status", "name", "filter:filterName"));
        }
    }

    /** The filter changed: back to its first page. */
    public void filter() {
        page = 0;
        load();
    }

    public void invite() {
        try {
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest();
            admission.invite(new ShopInvitation(name, villageId, email, phone),
                    RequestContexts.links(request, language.getLocale()));
            messages.info("shops.invited", name, email);
            name = null;
            villageId = null;
            email = null;
            phone = null;
        } catch (DomainException e) {
            messages.show(e, INPUTS);
        }
        load();
    }

    public void approve(ShopOverviewLine shop) {
        take(shop, ShopAdmission.Step.APPROVE, "shops.approvedMessage");
    }

    public void suspend(ShopOverviewLine shop) {
        take(shop, ShopAdmission.Step.SUSPEND, "shops.suspendedMessage");
    }

    public void reactivate(ShopOverviewLine shop) {
        take(shop, ShopAdmission.Step.REACTIVATE, "shops.reactivatedMessage");
    }

    private void take(ShopOverviewLine shop, ShopAdmission.Step step, String doneKey) {
        try {
            admission.take(shop.id(), step);
            messages.info(doneKey, shop.name());
        } catch (DomainException e) {
            messages.show(e, Map.of());
        }
        load();
    }

    public void next() {
        page++;
        load();
    }

    public void previous() {
        page = Math.max(0, page - 1);
        load();
    }

    public List<VillageSummary> getVillages() {
        return municipality.current().villages();
    }

    public Page<ShopOverviewLine> getShops() {
        return shops;
    }

    public boolean isAllowed() {
        return allowed;
    }

    /** Page numbers as people count them, from 1. */
    public int getPageNumber() {
        return page + 1;
    }

    public int getPageCount() {
        return shops == null ? 1 : Math.max(1, shops.totalPages());
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status == null ? "" : status;
    }

    public String getFilterName() {
        return filterName;
    }

    public void setFilterName(String filterName) {
        this.filterName = filterName == null ? "" : filterName;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getVillageId() {
        return villageId;
    }

    public void setVillageId(Long villageId) {
        this.villageId = villageId;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
