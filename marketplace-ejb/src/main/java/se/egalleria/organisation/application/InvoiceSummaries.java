package se.egalleria.organisation.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import se.egalleria.account.application.Access;
import se.egalleria.ordering.application.OrderDetail;
import se.egalleria.ordering.application.OrganisationOrders;
import se.egalleria.organisation.domain.FrameworkAgreement;
import se.egalleria.organisation.domain.OrganisationUnit;
import se.egalleria.shared.NotFoundException;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.shop.application.ShopDirectory;
import se.egalleria.shop.application.ShopSummary;
import se.egalleria.tenancy.application.MunicipalityDirectory;
import se.egalleria.tenancy.application.VillageSummary;

/**
 * The monthly invoice summary per shop and unit, for the shop's staff (who send the invoice) and
 * the municipality's administrators: the orders placed in the Swedish month, approved and not
 * rejected, line by line.
 */
@Stateless
public class InvoiceSummaries {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private Access access;

    @Inject
    private OrganisationOrders orders;

    @Inject
    private ShopDirectory shops;

    @Inject
    private MunicipalityDirectory municipality;

    /** A unit with an agreement with the shop, for the shop's list of invoice summaries. */
    public record UnitCustomer(long unitId, String unitName, String agreementReference) {
    }

    /** The units that have an agreement with the shop, by name (the shop's staff and administrators). */
    public List<UnitCustomer> customersOf(long shopId) {
        access.requireShopManager(shopId);
        return tenantEm.current().createQuery("SELECT u.id, u.name, a.reference FROM FrameworkAgreement a,"
                        + " OrganisationUnit u WHERE a.shopId = :shopId AND u.id = a.unitId ORDER BY u.name, u.id",
                        Object[].class).setParameter("shopId", shopId).getResultStream()
                .map(r -> new UnitCustomer((Long) r[0], (String) r[1], (String) r[2])).toList();
    }

    public InvoiceSummary of(long unitId, long shopId, YearMonth month) {
        access.requireShopManager(shopId);
        OrganisationUnit unit = tenantEm.current().find(OrganisationUnit.class, unitId);
        if (unit == null) {
            throw new NotFoundException("error.organisation.notFound", unitId);
        }
        ShopSummary shop = shops.get(shopId);
        String agreement = tenantEm.current().createNamedQuery(FrameworkAgreement.OF_SHOP, FrameworkAgreement.class)
                .setParameter("unitId", unitId).setParameter("shopId", shopId).getResultStream()
                .map(FrameworkAgreement::reference).findFirst().orElse("");
        List<OrderDetail> placed = orders.toInvoice(unitId, shopId, month);
        List<InvoiceSummary.Line> lines = placed.stream().flatMap(o -> o.lines().stream()
                .map(l -> new InvoiceSummary.Line(LocalDate.ofInstant(o.placedAt(), SWEDEN), o.number(), l.name(),
                        l.quantity(), l.unitPriceOre(), l.vatPercent(), l.lineTotalOre(), l.vatOre()))).toList();
        List<InvoiceSummary.VatSum> vat = InvoiceSums.byRate(lines);
        long incl = vat.stream().mapToLong(InvoiceSummary.VatSum::inclVatOre).sum();
        long vatOre = vat.stream().mapToLong(InvoiceSummary.VatSum::vatOre).sum();
        String village = municipality.current().villages().stream().filter(v -> v.id() == unit.villageId())
                .map(VillageSummary::name).findFirst().orElse("");
        return new InvoiceSummary(municipality.currentName(), unitId, unit.name(), unit.invoiceReference(),
                unit.street() + ", " + unit.postalCode() + " " + village, shopId, shop.name(), agreement,
                month.toString(), placed.size(), lines, vat, incl - vatOre, vatOre, incl);
    }
}
