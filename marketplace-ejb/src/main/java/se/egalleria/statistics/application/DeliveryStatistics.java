package se.egalleria.statistics.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.egalleria.account.application.Access;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.shop.application.ShopDirectory;
import se.egalleria.tenancy.application.CarrierDirectory;
import se.egalleria.tenancy.application.MunicipalityDirectory;
import se.egalleria.tenancy.application.VillageSummary;

/**
 * The municipality's home-delivery statistics for a period of whole months (its administrators
 * only). Counted in the database with grouped queries: per month one count by address (split
 * where a subsidy approval ends inside the month) and one of pickups, plus one by shop and carrier
 * for the whole period. So the work grows with months and addresses, not with orders.
 */
@Stateless
public class DeliveryStatistics {

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private Access access;

    @Inject
    private MunicipalityDirectory municipality;

    @Inject
    private ShopDirectory shops;

    @Inject
    private CarrierDirectory carriers;

    /** Months written 2026-01; {@code to} not before {@code from}, at most 24 months in all. */
    public DeliveryFigures deliveries(String from, String to) {
        access.requireAdministrator();
        Period period = Period.of(from, to);
        OrderCounts counts = new OrderCounts(tenantEm.current());
        SubsidyCover cover = new SubsidyCover(counts.approvals());
        List<VillageSummary> villages = municipality.current().villages();
        Map<Long, String> villageNames = villages.stream()
                .collect(Collectors.toMap(VillageSummary::id, VillageSummary::name));
        Tally tally = new Tally(period.months(), villageNames);
        for (YearMonth month : period.months()) {
            List<Instant> pieces = cover.pieces(Period.start(month), Period.start(month.plusMonths(1)));
            for (int i = 1; i < pieces.size(); i++) {
                tally.addresses(month, counts.deliveredByAddress(pieces.get(i - 1), pieces.get(i)), pieces.get(i),
                        cover);
            }
            tally.pickups(month, counts.pickedUpByShop(Period.start(month), Period.start(month.plusMonths(1))));
        }
        tally.shopsAndCarriers(counts.deliveredByShopAndCarrier(period.start(), period.end()));
        return tally.figures(period, villages, shops.namesById(), carriers.list());
    }
}
