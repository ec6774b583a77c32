package se.egalleria.organisation.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import se.egalleria.account.application.Access;
import se.egalleria.account.application.CallerIdentity;
import se.egalleria.ordering.application.OrganisationTerms;
import se.egalleria.ordering.application.RouteDates;
import se.egalleria.organisation.domain.AboveLimit;
import se.egalleria.organisation.domain.AgreedPrice;
import se.egalleria.organisation.domain.FrameworkAgreement;
import se.egalleria.organisation.domain.OrganisationUnit;
import se.egalleria.organisation.domain.UnitOrderer;
import se.egalleria.shared.ForbiddenException;
import se.egalleria.shared.NotFoundException;
import se.egalleria.shared.persistence.TenantEntityManager;

/** The terms checkout applies to a unit's order: the unit and its agreements valid today. */
@Stateless
public class AgreementTerms implements OrganisationTerms {

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private Access access;

    @Override
    public UnitTerms forOrderer(long unitId) {
        CallerIdentity me = access.requireAccount();
        OrganisationUnit unit = tenantEm.current().find(OrganisationUnit.class, unitId);
        if (unit == null) {
            throw new NotFoundException("error.organisation.notFound", unitId);
        }
        boolean orderer = !tenantEm.current().createNamedQuery(UnitOrderer.ONE, UnitOrderer.class)
                .setParameter("unitId", unitId).setParameter("accountId", me.id()).getResultList().isEmpty();
        if (!orderer) {
            throw new ForbiddenException("error.organisation.notOrderer", unit.name());
        }
        LocalDate today = RouteDates.today();
        // Locked in the checkout's transaction: a second order of the unit waits here until the first
        // has committed, and then sees what it spent.
        Map<Long, Agreement> agreements = tenantEm.current()
                .createNamedQuery(FrameworkAgreement.OF_UNIT, FrameworkAgreement.class).setParameter("unitId", unitId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().filter(a -> a.isValidOn(today))
                .collect(Collectors.toMap(FrameworkAgreement::shopId, a -> new Agreement(a.shopId(), a.reference(),
                        a.monthlyLimitOre(), a.aboveLimit() == AboveLimit.NEEDS_APPROVAL, a.prices().stream()
                        .collect(Collectors.toMap(AgreedPrice::productId, AgreedPrice::priceOre)))));
        return new UnitTerms(unit.id(), unit.name(), unit.phone(), unit.street(), unit.postalCode(), unit.villageId(),
                agreements);
    }
}
