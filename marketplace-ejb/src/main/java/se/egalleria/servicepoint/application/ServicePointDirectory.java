package se.egalleria.servicepoint.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.egalleria.catalog.application.ServiceCatalogue;
import se.egalleria.servicepoint.domain.ServicePointAssessment;
import se.egalleria.shared.PageRequest;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.shop.application.ShopDirectory;
import se.egalleria.shop.application.ShopSummary;

/**
 * The municipality's service points as everyone may see them: each shop with the criteria it meets
 * (none listed when the municipality has not recorded them, e.g. a demo shop flagged in
 * tenant-config) and its visible services. Reads only.
 */
@Stateless
public class ServicePointDirectory {

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private ShopDirectory shops;

    @Inject
    private ServicePointCriteria criteria;

    @Inject
    private ServiceCatalogue services;

    public List<PublicServicePoint> list() {
        List<ShopSummary> points = shops.servicePoints();
        if (points.isEmpty()) {
            return List.of();
        }
        List<CriterionView> all = criteria.list();
        Map<Long, ServicePointAssessment> assessments = tenantEm.current()
                .createNamedQuery(ServicePointAssessment.ALL, ServicePointAssessment.class).getResultStream()
                .collect(Collectors.toMap(ServicePointAssessment::shopId, Function.identity()));
        return points.stream().map(shop -> {
            ServicePointAssessment a = assessments.get(shop.id());
            Set<Long> met = a == null ? Set.of() : a.criteriaMet();
            // A service point has a handful of services; one page of the largest size holds them.
            List<PublicServicePoint.OfferedService> offered = services
                    .search(null, shop.id(), new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                    .map(s -> new PublicServicePoint.OfferedService(s.id(), s.name())).toList();
            return new PublicServicePoint(shop.id(), shop.name(), shop.village(), shop.description(),
                    shop.openingHours(), shop.phone(), shop.email(),
                    all.stream().filter(c -> met.contains(c.id())).map(CriterionView::name).toList(), offered);
        }).toList();
    }
}
