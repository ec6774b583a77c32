package se.egalleria.web.faces.municipality;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.egalleria.catalog.application.csv.PriceText;
import se.egalleria.shared.DomainException;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.tenancy.application.HomeDeliveryRules;
import se.egalleria.tenancy.application.HomeDeliveryRulesAdministration;
import se.egalleria.tenancy.application.HomeDeliveryRulesChange;
import se.egalleria.web.faces.common.FormMessages;

/**
 * The administrator's page for the home-delivery fee, eligible groups and subsidy rules. Amounts
 * are typed in kronor ("20" or "20,50") and sent as öre; the version read with the page goes back
 * with the change, so a change made meanwhile by someone else is not overwritten.
 */
@Named
@ViewScoped
public class DeliveryRulesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "rules:";

    private static final Map<String, String> INPUTS = Map.ofEntries(Map.entry("feeOre", FORM + "fee"),
            Map.entry("eligibleGroups", FORM + "pensioner"), Map.entry("paymentPerDeliveryOre", FORM + "payment"),
            Map.entry("minimumOrderOre", FORM + "minimumOrder"),
            Map.entry("minimumDistanceMeters", FORM + "minimumDistance"),
            Map.entry("maxPerHouseholdPerWeek", FORM + "perWeek"), Map.entry("stateCapPerDeliveryOre", FORM + "stateCap"),
            Map.entry("priceBaseAmountOre", FORM + "priceBase"), Map.entry("tripSubsidyOre", FORM + "tripSubsidy"),
            Map.entry("tripRequiresApproval", FORM + "tripRequiresApproval"),
            Map.entry("tripMaxPerHouseholdPerWeek", FORM + "tripPerWeek"));

    @Inject
    private HomeDeliveryRulesAdministration administration;

    @Inject
    private FormMessages messages;

    private boolean allowed;
    private long version;
    private String fee;
    private String payment;
    private String minimumOrder;
    private String stateCap;
    private String priceBase;
    private Long minimumDistance;
    private Long perWeek;
    private boolean pensioner;
    private boolean disabled;
    private boolean noCar;
    private boolean longDistance;
    private String tripSubsidy;
    private boolean tripRequiresApproval;
    private Long tripPerWeek;

    public void load() {
        try {
            fill(administration.current());
            allowed = true;
        } catch (DomainException e) {
            allowed = false;
            messages.show(e, Map.of());
        }
    }

    public void save() {
        try {
            // Empty trip fields are mistakes on the page, not "keep as they are" as in the API.
            if (tripSubsidy == null || tripSubsidy.isBlank()) {
                throw new InvalidInputException("tripSubsidyOre", "error.input.required");
            }
            if (tripPerWeek == null) {
                throw new InvalidInputException("tripMaxPerHouseholdPerWeek", "error.input.required");
            }
            fill(administration.change(new HomeDeliveryRulesChange(PriceText.toOre("feeOre", fee), groups(),
                    PriceText.toOre("paymentPerDeliveryOre", payment), PriceText.toOre("minimumOrderOre", minimumOrder),
                    minimumDistance, perWeek, PriceText.toOre("stateCapPerDeliveryOre", stateCap),
                    PriceText.toOre("priceBaseAmountOre", priceBase), PriceText.toOre("tripSubsidyOre", tripSubsidy),
                    tripRequiresApproval, tripPerWeek, version)));
            messages.info("rules.saved");
        } catch (InvalidInputException e) {
            messages.show(e, INPUTS);
        } catch (DomainException e) {
            // Changed meanwhile: show what is stored now, so the administrator decides again on it.
            messages.show(e, INPUTS);
            load();
        }
    }

    private List<String> groups() {
        List<String> groups = new ArrayList<>();
        if (pensioner) {
            groups.add("PENSIONER");
        }
        if (disabled) {
            groups.add("DISABLED");
        }
        if (noCar) {
            groups.add("NO_CAR");
        }
        if (longDistance) {
            groups.add("LONG_DISTANCE");
        }
        return groups;
    }

    private void fill(HomeDeliveryRules r) {
        version = r.version();
        fee = PriceText.format(r.feeOre());
        payment = PriceText.format(r.paymentPerDeliveryOre());
        minimumOrder = PriceText.format(r.minimumOrderOre());
        stateCap = PriceText.format(r.stateCapPerDeliveryOre());
        priceBase = PriceText.format(r.priceBaseAmountOre());
        minimumDistance = (long) r.minimumDistanceMeters();
        perWeek = (long) r.maxPerHouseholdPerWeek();
        pensioner = r.eligibleGroups().contains("PENSIONER");
        disabled = r.eligibleGroups().contains("DISABLED");
        noCar = r.eligibleGroups().contains("NO_CAR");
        longDistance = r.eligibleGroups().contains("LONG_DISTANCE");
        tripSubsidy = PriceText.format(r.tripSubsidyOre());
        tripRequiresApproval = r.tripRequiresApproval();
        tripPerWeek = (long) r.tripMaxPerHouseholdPerWeek();
    }

    public boolean isAllowed() {
        return allowed;
    }

    public String getFee() {
        return fee;
    }

    public void setFee(String fee) {
        this.fee = fee;
    }

    public String getPayment() {
        return payment;
    }

    public void setPayment(String payment) {
        this.payment = payment;
    }

    public String getMinimumOrder() {
        return minimumOrder;
    }

    public void setMinimumOrder(String minimumOrder) {
        this.minimumOrder = minimumOrder;
    }

    public String getStateCap() {
        return stateCap;
    }

    public void setStateCap(String stateCap) {
        this.stateCap = stateCap;
    }

    public String getPriceBase() {
        return priceBase;
    }

    public void setPriceBase(String priceBase) {
        this.priceBase = priceBase;
    }

    public Long getMinimumDistance() {
        return minimumDistance;
    }

    public void setMinimumDistance(Long minimumDistance) {
        this.minimumDistance = minimumDistance;
    }

    public Long getPerWeek() {
        return perWeek;
    }

    public void setPerWeek(Long perWeek) {
        this.perWeek = perWeek;
    }

    public boolean isPensioner() {
        return pensioner;
    }

    public void setPensioner(boolean pensioner) {
        this.pensioner = pensioner;
    }

    public boolean isDisabled() {
        return disabled;
    }

    public void setDisabled(boolean disabled) {
        this.disabled = disabled;
    }

    public boolean isNoCar() {
        return noCar;
    }

    public void setNoCar(boolean noCar) {
        this.noCar = noCar;
    }

    public String getTripSubsidy() {
        return tripSubsidy;
    }

    public void setTripSubsidy(String tripSubsidy) {
        this.tripSubsidy = tripSubsidy;
    }

    public boolean isTripRequiresApproval() {
        return tripRequiresApproval;
    }

    public void setTripRequiresApproval(boolean tripRequiresApproval) {
        this.tripRequiresApproval = tripRequiresApproval;
    }

    public Long getTripPerWeek() {
        return tripPerWeek;
    }

    public void setTripPerWeek(Long tripPerWeek) {
        this.tripPerWeek = tripPerWeek;
    }

    public boolean isLongDistance() {
        return longDistance;
    }

    public void setLongDistance(boolean longDistance) {
        this.longDistance = longDistance;
    }
}
