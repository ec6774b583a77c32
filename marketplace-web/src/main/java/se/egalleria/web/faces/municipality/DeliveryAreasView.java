package se.egalleria.web.faces.municipality;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.egalleria.catalog.application.csv.PriceText;
import se.egalleria.shared.DomainException;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.shop.application.DeliveryArea;
import se.egalleria.shop.application.DeliveryAreaChange;
import se.egalleria.shop.application.ShopAdministration;
import se.egalleria.tenancy.application.MunicipalityDirectory;
import se.egalleria.tenancy.application.VillageSummary;
import se.egalleria.web.faces.common.FormMessages;
import se.egalleria.web.faces.common.LanguageView;

/**
 * The administrator's page for a shop's delivery area (?shop=N): the villages it serves, its route
 * days and minimum order, through the same service as the shops' own settings. Without a shop it
 * lists the shops to choose from.
 */
@Named
@ViewScoped
public class DeliveryAreasView implements Serializable {

    private static final long serialVersionUID = 1L;
    // Villages and days are checkboxes of known values: only the minimum order can be mistyped.
    private static final Map<String, String> INPUTS = Map.of("minimumOrderOre", "area:minimumOrder");

    @Inject
    private ShopAdministration administration;

    @Inject
    private MunicipalityDirectory municipality;

    @Inject
    private FormMessages messages;

    @Inject
    private LanguageView language;

    private Long shop;
    private boolean allowed;
    private transient List<DeliveryArea> areas;
    private String shopName;
    private long version;
    private String minimumOrder;
    private final HashMap<Long, Boolean> villageChosen = new HashMap<>();
    private final HashMap<String, Boolean> dayChosen = new HashMap<>();

    public void load() {
        try {
            if (shop == null) {
                areas = administration.deliveryAreas();
            } else {
                fill(administration.deliveryArea(shop));
            }
            allowed = true;
        } catch (DomainException e) {
            allowed = false;
            messages.show(e, Map.of());
        }
    }

    public void save() {
        try {
            List<Long> villages = villageChosen.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                    .map(Map.Entry::getKey).sorted().toList();
            List<String> days = Arrays.stream(DayOfWeek.values()).map(Enum::name)
                    .filter(d -> Boolean.TRUE.equals(dayChosen.get(d))).toList();
            Long minimum = PriceText.toOre("minimumOrderOre", minimumOrder);
            fill(administration.changeDeliveryArea(shop, new DeliveryAreaChange(villages, days,
                    minimum == null ? 0L : minimum, version)));
            messages.info("areas.saved", shopName);
        } catch (InvalidInputException e) {
            messages.show(e, INPUTS);
        } catch (DomainException e) {
            // Changed meanwhile: show what is stored now, so the administrator decides again on it.
            messages.show(e, INPUTS);
            load();
        }
    }

    private void fill(DeliveryArea area) {
        shopName = area.shopName();
        version = area.version();
        minimumOrder = PriceText.format(area.minimumOrderOre());
        villageChosen.clear();
        area.villageIds().forEach(id -> villageChosen.put(id, true));
        dayChosen.clear();
        area.routeDays().forEach(d -> dayChosen.put(d, true));
    }

    public List<VillageSummary> getVillages() {
        return municipality.current().villages();
    }

    public List<String> getDays() {
        return Arrays.stream(DayOfWeek.values()).map(Enum::name).toList();
    }

    public String dayName(String day) {
        String name = DayOfWeek.valueOf(day).getDisplayName(TextStyle.FULL, language.getLocale());
        return name.substring(0, 1).toUpperCase(language.getLocale()) + name.substring(1);
    }

    public Long getShop() {
        return shop;
    }

    public void setShop(Long shop) {
        this.shop = shop;
    }

    public boolean isAllowed() {
        return allowed;
    }

    public boolean isShopChosen() {
        return allowed && shop != null && shopName != null;
    }

    public List<DeliveryArea> getAreas() {
        return areas;
    }

    /** "Måndag, fredag": the route days of a listed shop. */
    public String days(DeliveryArea area) {
        return String.join(", ", area.routeDays().stream().map(this::dayName).toList());
    }

    public String getHeading() {
        return isShopChosen() ? messages.text("areas.titleFor", shopName) : messages.text("areas.title");
    }

    public String getShopName() {
        return shopName;
    }

    public String getMinimumOrder() {
        return minimumOrder;
    }

    public void setMinimumOrder(String minimumOrder) {
        this.minimumOrder = minimumOrder;
    }

    public Map<Long, Boolean> getVillageChosen() {
        return villageChosen;
    }

    public Map<String, Boolean> getDayChosen() {
        return dayChosen;
    }
}
