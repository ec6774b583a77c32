package se.egalleria.web.faces.municipality;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import se.egalleria.shared.DomainException;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.tenancy.application.VillageAdministration;
import se.egalleria.tenancy.application.VillageChange;
import se.egalleria.tenancy.application.VillageDetails;
import se.egalleria.web.faces.common.FormMessages;

/**
 * The administrator's villages: the list, one form that adds a village or changes the one chosen
 * (with the version read, so a change made meanwhile is not overwritten), and removal.
 */
@Named
@ViewScoped
public class VillagesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> INPUTS = Map.of("name", "village:name", "latitude", "village:latitude",
            "longitude", "village:longitude", "households", "village:households");

    @Inject
    private VillageAdministration administration;

    @Inject
    private FormMessages messages;

    private transient List<VillageDetails> villages;
    private boolean allowed;
    private Long editing;
    private long version;
    private String name;
    private String latitude;
    private String longitude;
    private Integer households;

    public void load() {
        try {
            villages = administration.list();
            allowed = true;
        } catch (DomainException e) {
            allowed = false;
            messages.show(e, Map.of());
        }
    }

    public void edit(VillageDetails village) {
        editing = village.id();
        version = village.version();
        name = village.name();
        latitude = village.latitude().stripTrailingZeros().toPlainString().replace('.', ',');
        longitude = village.longitude().stripTrailingZeros().toPlainString().replace('.', ',');
        households = village.households();
        load();
    }

    public void save() {
        BigDecimal lat = degrees("latitude", latitude);
        BigDecimal lon = degrees("longitude", longitude);
        if (lat == null || lon == null) {
            load();
            return;
        }
        try {
            VillageDetails saved = editing == null
                    ? administration.add(new VillageChange(name, lat, lon, households, null))
                    : administration.change(editing, new VillageChange(name, lat, lon, households, version));
            messages.info(editing == null ? "villages.added" : "villages.changed", saved.name());
            cancel();
        } catch (InvalidInputException e) {
            messages.show(e, INPUTS);
        } catch (DomainException e) {
            messages.show(e, INPUTS);
            cancel();
        }
        load();
    }

    public void remove(VillageDetails village) {
        try {
            administration.remove(village.id());
            messages.info("villages.removed", village.name());
            if (village.id() == (editing == null ? -1 : editing)) {
                cancel();
            }
        } catch (DomainException e) {
            messages.show(e, Map.of());
        }
        load();
    }

    /** Back to adding a new village. */
    public void cancel() {
        editing = null;
        name = null;
        latitude = null;
        longitude = null;
        households = null;
    }

    /** Decimal degrees typed with a comma or a point; empty means missing (the service says so). */
    private BigDecimal degrees(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return missing(field);
        }
        try {
            return new BigDecimal(typed.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            messages.errorOn(INPUTS.get(field), "error.village.degrees");
            return null;
        }
    }

    private BigDecimal missing(String field) {
        messages.errorOn(INPUTS.get(field), "error.input.required");
        return null;
    }

    public List<VillageDetails> getVillages() {
        return villages;
    }

    public boolean isAllowed() {
        return allowed;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLatitude() {
        return latitude;
    }

    public void setLatitude(String latitude) {
        this.latitude = latitude;
    }

    public String getLongitude() {
        return longitude;
    }

    public void setLongitude(String longitude) {
        this.longitude = longitude;
    }

    public Integer getHouseholds() {
        return households;
    }

    public void setHouseholds(Integer households) {
        this.households = households;
    }
}
