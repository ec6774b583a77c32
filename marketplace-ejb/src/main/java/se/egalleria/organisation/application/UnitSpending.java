package se.egalleria.organisation.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import se.egalleria.account.application.Access;
import se.egalleria.account.application.CallerIdentity;
import se.egalleria.account.domain.Role;
import se.egalleria.ordering.application.OrganisationOrders;
import se.egalleria.organisation.domain.FrameworkAgreement;
import se.egalleria.organisation.domain.OrganisationUnit;
import se.egalleria.organisation.domain.UnitOrderer;
import se.egalleria.shared.ForbiddenException;
import se.egalleria.shared.NotFoundException;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.shop.application.ShopDirectory;

/** What a unit spent in a month with each shop, against the agreement's limit: for its orderers and administrators. */
@Stateless
public class UnitSpending {

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private Access access;

    @Inject
    private OrganisationOrders orders;

    @Inject
    private ShopDirectory shops;

    public Spending of(long unitId, YearMonth month) {
        CallerIdentity me = access.requireAccount();
        OrganisationUnit unit = tenantEm.current().find(OrganisationUnit.class, unitId);
        if (unit == null) {
            throw new NotFoundException("error.organisation.notFound", unitId);
        }
        boolean orderer = !tenantEm.current().createNamedQuery(UnitOrderer.ONE, UnitOrderer.class)
                .setParameter("unitId", unitId).setParameter("accountId", me.id()).getResultList().isEmpty();
        if (!orderer && !me.has(Role.MUNICIPALITY_ADMIN)) {
            throw new ForbiddenException("error.organisation.notOrderer", unit.name());
        }
        Map<Long, Long> spent = orders.spentByShop(unitId, month);
        Map<Long, String> names = shops.namesById();
        List<Spending.ShopSpending> lines = tenantEm.current()
                .createNamedQuery(FrameworkAgreement.OF_UNIT, FrameworkAgreement.class).setParameter("unitId", unitId)
                .getResultStream().map(a -> {
                    long s = spent.getOrDefault(a.shopId(), 0L);
                    return new Spending.ShopSpending(a.shopId(), names.get(a.shopId()), a.reference(),
                            a.monthlyLimitOre(), s, Math.max(0, a.monthlyLimitOre() - s), a.aboveLimit().name());
                }).toList();
        return new Spending(unitId, unit.name(), month.toString(), lines);
    }
}
