package se.egalleria.subsidy.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.egalleria.account.application.Access;
import se.egalleria.account.application.CallerIdentity;
import se.egalleria.audit.AuditLog;
import se.egalleria.ordering.application.RouteDates;
import se.egalleria.shared.ConflictException;
import se.egalleria.shared.Inputs;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.shared.NotFoundException;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.subsidy.domain.SubsidyApproval;
import se.egalleria.tenancy.application.MunicipalityDirectory;
import se.egalleria.tenancy.application.VillageSummary;
import se.egalleria.tenancy.domain.EligibilityGroup;

/** The municipality's register of households approved for subsidised home delivery (its administrators only). */
@Stateless
public class SubsidyRegister {

    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private Access access;

    @Inject
    private MunicipalityDirectory municipality;

    @Inject
    private AuditLog audit;

    public ApprovalView approve(NewApproval request) {
        CallerIdentity who = access.requireAdministrator();
        String name = Inputs.required("name", request.name(), 120);
        String street = Inputs.required("street", request.street(), 200);
        String postalCode = Inputs.required("postalCode", request.postalCode(), 10).replace(" ", "");
        if (!POSTAL_CODE.matcher(postalCode).matches()) {
            throw new InvalidInputException("postalCode", "error.checkout.postalCode");
        }
        Map<Long, String> villages = villages();
        if (request.villageId() == null || !villages.containsKey(request.villageId())) {
            throw new InvalidInputException("villageId", "error.checkout.village");
        }
        EligibilityGroup basis = Inputs.oneOf(EligibilityGroup.class, "basis", request.basis());
        if (!municipality.current().deliveryEligibleGroups().contains(basis.name())) {
            throw new InvalidInputException("basis", "error.subsidy.basisNotEligible");
        }
        LocalDate from = request.validFrom() == null ? RouteDates.today() : request.validFrom();
        if (request.validUntil() != null && request.validUntil().isBefore(from)) {
            throw new InvalidInputException("validUntil", "error.subsidy.endsBeforeStart");
        }
        String household = Households.key(street, postalCode, villages.get(request.villageId()));
        // One open period per household: a second approval would count its deliveries twice.
        boolean overlaps = periods(household).stream().anyMatch(p -> p.coversOnOrAfter(from)
                && (request.validUntil() == null || !p.validFrom().isAfter(request.validUntil())));
        if (overlaps) {
            throw new ConflictException("error.subsidy.alreadyApproved");
        }
        SubsidyApproval approval = new SubsidyApproval(household, name, street, postalCode, request.villageId(),
                basis.name(), who.auditName(), Instant.now(), from, request.validUntil());
        tenantEm.current().persist(approval);
        tenantEm.current().flush();
        audit.record(who.auditName(), "subsidy.approve", "household " + approval.id(), basis.name());
        return view(approval, villages);
    }

    public List<ApprovalView> list() {
        access.requireAdministrator();
        Map<Long, String> villages = villages();
        return tenantEm.current().createNamedQuery(SubsidyApproval.ALL, SubsidyApproval.class).getResultStream()
                .map(a -> view(a, villages)).toList();
    }

    /**
     * Withdraws an approval from today on: deliveries up to today stay covered, so drafts of earlier
     * months do not change, and reports already approved keep what they said.
     */
    public ApprovalView withdraw(long id) {
        CallerIdentity who = access.requireAdministrator();
        SubsidyApproval approval = tenantEm.current().find(SubsidyApproval.class, id);
        if (approval == null) {
            throw new NotFoundException("error.subsidy.notFound");
        }
        approval.end(RouteDates.today(), who.auditName());
        audit.record(who.auditName(), "subsidy.withdraw", "household " + id, "");
        return view(approval, villages());
    }

    private List<SubsidyApproval> periods(String household) {
        return tenantEm.current().createNamedQuery(SubsidyApproval.OF_HOUSEHOLD, SubsidyApproval.class)
                .setParameter("household", household).getResultList();
    }

    private Map<Long, String> villages() {
        return municipality.current().villages().stream()
                .collect(Collectors.toMap(VillageSummary::id, VillageSummary::name));
    }

    private static ApprovalView view(SubsidyApproval a, Map<Long, String> villages) {
        return new ApprovalView(a.id(), a.name(), a.street(), a.postalCode(), villages.get(a.villageId()), a.basis(),
                a.approvedBy(), a.approvedAt(), a.validFrom(), a.validUntil(), a.endedBy());
    }
}
