package se.egalleria.web.faces.municipality;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.egalleria.catalog.application.csv.PriceText;
import se.egalleria.servicepoint.application.AssessmentChange;
import se.egalleria.servicepoint.application.AssessmentView;
import se.egalleria.servicepoint.application.CriteriaChange;
import se.egalleria.servicepoint.application.CriteriaView;
import se.egalleria.servicepoint.application.CriterionView;
import se.egalleria.servicepoint.application.ServicePointAssessments;
import se.egalleria.servicepoint.application.ServicePointCriteria;
import se.egalleria.shared.DomainException;
import se.egalleria.shared.Inputs;
import se.egalleria.web.faces.common.FormMessages;

/**
 * The administrator's service-point page: the municipality's criteria and threshold (rename, add,
 * remove), every shop's assessment, and designation or its withdrawal.
 */
@Named
@ViewScoped
public class ServicePointsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> CRITERIA_INPUTS = Map.of("required", "criteria:required",
            "criteria", "criteria:names");
    private static final Map<String, String> ASSESSMENT_INPUTS = Map.of("criterionIds", "assessment:met",
            "contractFrom", "assessment:from", "contractTo", "assessment:to",
            "yearlyCompensationOre", "assessment:compensation");

    /** A criterion as edited on the page (a new one has no id). */
    public static class CriterionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Long id;
        private String name;
        private boolean remove;

        CriterionRow(Long id, String name) {
            this.id = id;
            this.name = name;
        }

        public Long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public boolean isRemove() {
            return remove;
        }

        public void setRemove(boolean remove) {
            this.remove = remove;
        }
    }

    @Inject
    private ServicePointCriteria criteria;

    @Inject
    private ServicePointAssessments assessments;

    @Inject
    private FormMessages messages;

    private boolean allowed;
    private List<CriterionRow> rows = new ArrayList<>();
    private List<CriterionView> current = List.of();
    private Integer required;
    private String newCriterion;
    private transient List<AssessmentView> shops;

    private Long shopId;
    private String shopName;
    private Map<Long, Boolean> met = new HashMap<>();
    private String contractFrom;
    private String contractTo;
    private String compensation;

    public void load() {
        try {
            CriteriaView view = criteria.criteria();
            current = view.criteria();
            required = view.required();
            rows = new ArrayList<>(current.stream().map(c -> new CriterionRow(c.id(), c.name())).toList());
            shops = assessments.list();
            allowed = true;
        } catch (DomainException e) {
            allowed = false;
            messages.show(e, Map.of());
        }
    }

    public void saveCriteria() {
        List<CriteriaChange.Entry> entries = new ArrayList<>(rows.stream().filter(r -> !r.isRemove())
                .map(r -> new CriteriaChange.Entry(r.getId(), r.getName())).toList());
        if (newCriterion != null && !newCriterion.isBlank()) {
            entries.add(new CriteriaChange.Entry(null, newCriterion));
        }
        try {
            criteria.change(new CriteriaChange(required, entries));
            messages.info("servicePoints.criteriaSaved");
            newCriterion = null;
            load();
        } catch (DomainException e) {
            messages.show(e, CRITERIA_INPUTS);
            shops = refreshShops();
        }
    }

    /** Opens a shop's assessment in the form below the table. */
    public void edit(AssessmentView shop) {
        shopId = shop.shopId();
        shopName = shop.shop();
        met = new HashMap<>();
        shop.criterionIds().forEach(id -> met.put(id, true));
        contractFrom = shop.contractFrom() == null ? null : shop.contractFrom().toString();
        contractTo = shop.contractTo() == null ? null : shop.contractTo().toString();
        compensation = shop.yearlyCompensationOre() == 0 ? null : PriceText.format(shop.yearlyCompensationOre());
        shops = refreshShops();
    }

    public void saveAssessment() {
        try {
            List<Long> ids = met.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                    .map(Map.Entry::getKey).toList();
            AssessmentView saved = assessments.record(shopId, new AssessmentChange(ids,
                    Inputs.optionalDate("contractFrom", contractFrom), Inputs.optionalDate("contractTo", contractTo),
                    PriceText.toOre("yearlyCompensationOre", compensation)));
            messages.info("servicePoints.assessmentSaved", saved.shop());
            shopId = null;
        } catch (DomainException e) {
            messages.show(e, ASSESSMENT_INPUTS);
        }
        shops = refreshShops();
    }

    public void designate(AssessmentView shop) {
        try {
            assessments.designate(shop.shopId());
            messages.info("servicePoints.designated", shop.shop());
        } catch (DomainException e) {
            messages.show(e, Map.of());
        }
        shops = refreshShops();
    }

    public void withdraw(AssessmentView shop) {
        try {
            assessments.withdraw(shop.shopId());
            messages.info("servicePoints.withdrawn", shop.shop());
        } catch (DomainException e) {
            messages.show(e, Map.of());
        }
        shops = refreshShops();
    }

    public String compensationText(long ore) {
        return PriceText.format(ore);
    }

    private List<AssessmentView> refreshShops() {
        try {
            return assessments.list();
        } catch (DomainException e) {
            messages.show(e, Map.of());
            return List.of();
        }
    }

    public List<AssessmentView> getShops() {
        if (shops == null && allowed) {
            shops = refreshShops();
        }
        return shops == null ? List.of() : shops;
    }

    public boolean isAllowed() {
        return allowed;
    }

    public List<CriterionRow> getRows() {
        return rows;
    }

    public List<CriterionView> getCurrent() {
        return current;
    }

    public Integer getRequired() {
        return required;
    }

    public void setRequired(Integer required) {
        this.required = required;
    }

    public String getNewCriterion() {
        return newCriterion;
    }

    public void setNewCriterion(String newCriterion) {
        this.newCriterion = newCriterion;
    }

    public Long getShopId() {
        return shopId;
    }

    public String getShopName() {
        return shopName;
    }

    public Map<Long, Boolean> getMet() {
        return met;
    }

    public String getContractFrom() {
        return contractFrom;
    }

    public void setContractFrom(String contractFrom) {
        this.contractFrom = contractFrom;
    }

    public String getContractTo() {
        return contractTo;
    }

    public void setContractTo(String contractTo) {
        this.contractTo = contractTo;
    }

    public String getCompensation() {
        return compensation;
    }

    public void setCompensation(String compensation) {
        this.compensation = compensation;
    }
}
