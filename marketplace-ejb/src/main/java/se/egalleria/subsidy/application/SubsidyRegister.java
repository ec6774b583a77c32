package se.egalleria.subsidy.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.egalleria.account.application.Access;
import se.egalleria.account.application.CallerIdentity;
import se.egalleria.audit.AuditLog;
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
        SubsidyApproval approval = new SubsidyApproval(Households.key(street, postalCode,
                villages.get(request.villageId())), name, street, postalCode, request.villageId(), basis.name(),
                who.auditName(), Instant.now(), request.validUntil());
        tenantEm.current().persist(approval);
        try {
            tenantEm.current().flush();
        } catch (PersistenceException e) {
            throw new ConflictException("error.subsidy.alreadyApproved");
        }
        audit.record(who.auditName(), "subsidy.approve", "household " + approval.id(), basis.name());
        return view(approval, villages);
    }

    public List<ApprovalView> list() {
        access.requireAdministrator();
        Map<Long, String> villages = villages();
        return tenantEm.current().createNamedQuery(SubsidyApproval.ALL, SubsidyApproval.class).getResultStream()
                .map(a -> view(a, villages)).toList();
    }

    /** Withdraws an approval; reports already approved keep what they said. */
    public void withdraw(long id) {
        CallerIdentity who = access.requireAdministrator();
        SubsidyApproval approval = tenantEm.current().find(SubsidyApproval.class, id);
        if (approval == null) {
            throw new NotFoundException("error.subsidy.notFound");
        }
        tenantEm.current().remove(approval);
        audit.record(who.auditName(), "subsidy.withdraw", "household " + id, "");
    }

    private Map<Long, String> villages() {
        return municipality.current().villages().stream()
                .collect(Collectors.toMap(VillageSummary::id, VillageSummary::name));
    }

    private static ApprovalView view(SubsidyApproval a, Map<Long, String> villages) {
        return new ApprovalView(a.id(), a.name(), a.street(), a.postalCode(), villages.get(a.villageId()), a.basis(),
                a.approvedBy(), a.approvedAt(), a.validUntil());
    }
}
