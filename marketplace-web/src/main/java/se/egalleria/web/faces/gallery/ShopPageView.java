package se.egalleria.web.faces.gallery;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import se.egalleria.catalog.application.ServiceCatalogue;
import se.egalleria.catalog.application.ServiceSummary;
import se.egalleria.shared.DomainException;
import se.egalleria.shared.PageRequest;
import se.egalleria.shop.application.DeliveryTerms;
import se.egalleria.shop.application.ShopDirectory;
import se.egalleria.shop.application.ShopSummary;
import se.egalleria.tenancy.application.MunicipalityDirectory;
import se.egalleria.tenancy.application.VillageSummary;
import se.egalleria.web.faces.common.FormMessages;
import se.egalleria.web.faces.common.LanguageView;

/** A shop's own page: about, opening hours, how it delivers (villages, route days, minimum order), its services. */
@Named
@RequestScoped
public class ShopPageView {

    static final int SERVICES_SHOWN = 50;

    @Inject
    private ShopDirectory shops;

    @Inject
    private ServiceCatalogue services;

    @Inject
    private MunicipalityDirectory municipality;

    @Inject
    private FormMessages messages;

    @Inject
    private LanguageView language;

    private Long id;
    private ShopSummary shop;
    private DeliveryTerms terms;
    private List<ServiceSummary> serviceList = List.of();

    public void load() {
        if (id == null) {
            messages.error("error.shop.notFound", "");
            return;
        }
        try {
            shop = shops.getVisible(id);
            terms = shops.deliveryTerms(id);
            serviceList = services.search(null, id, new PageRequest(0, SERVICES_SHOWN)).items();
        } catch (DomainException e) {
            messages.show(e, Map.of());
        }
    }

    public List<String> getVillages() {
        return municipality.current().villages().stream().filter(v -> terms.villageIds().contains(v.id()))
                .map(VillageSummary::name).toList();
    }

    public List<String> getRouteDays() {
        return terms.routeDays().stream().sorted()
                .map(d -> d.getDisplayName(TextStyle.FULL, language.getLocale())).toList();
    }

    public long getDeliveryFeeOre() {
        return municipality.current().deliveryFeeOre();
    }

    public ShopSummary getShop() {
        return shop;
    }

    public DeliveryTerms getTerms() {
        return terms;
    }

    public List<ServiceSummary> getServices() {
        return serviceList;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

}
