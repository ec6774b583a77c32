package se.egalleria.tenancy.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import se.egalleria.account.application.Access;
import se.egalleria.account.application.CallerIdentity;
import se.egalleria.audit.AuditLog;
import se.egalleria.shared.ConflictException;
import se.egalleria.shared.Inputs;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.shared.NotFoundException;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.tenancy.domain.Carrier;
import se.egalleria.tenancy.domain.CarrierMode;
import se.egalleria.tenancy.domain.Municipality;

/**
 * The administrator admits, changes and removes the municipality's carriers. A carrier that
 * orders, handovers, delivery runs or drivers' accounts refer to cannot be removed: the database's
 * foreign keys decide, so nothing recorded meanwhile can slip through.
 */
@Stateless
public class CarrierAdministration {

    // The same rules as tenant-config's (TenantConfigReader), so a carrier can be written back there.
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern ORGANISATION_NUMBER = Pattern.compile("\\d{6}-\\d{4}");

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private TenantContext tenantContext;

    @Inject
    private Access access;

    @Inject
    private AuditLog audit;

    @Inject
    private CarrierDirectory directory;

    public List<CarrierDetails> list() {
        access.requireAdministrator();
        return tenantEm.current().createNamedQuery(Carrier.ALL, Carrier.class).getResultStream()
                .map(CarrierAdministration::details).toList();
    }

    public CarrierDetails get(long id) {
        access.requireAdministrator();
        return details(find(id));
    }

    public CarrierDetails add(CarrierChange change) {
        CallerIdentity caller = access.requireAdministrator();
        CarrierChange c = orEmpty(change);
        Carrier carrier = new Carrier(uniqueCode(c.code(), null));
        describe(carrier, c);
        tenantEm.current().persist(carrier);
        written("carrier.added", caller, carrier);
        return details(carrier);
    }

    public CarrierDetails change(long id, CarrierChange change) {
        Carrier carrier = find(id);
        CallerIdentity caller = access.requireAdministrator();
        CarrierChange c = orEmpty(change);
        String code = uniqueCode(c.code(), id);
        String name = Inputs.required("name", c.name(), 120);
        CarrierMode mode = Inputs.oneOf(CarrierMode.class, "mode", c.mode());
        if (c.version() == null) {
            throw new InvalidInputException("version", "error.input.required");
        }
        if (c.version() != carrier.version()) {
            throw new ConflictException("error.carrier.changedMeanwhile", carrier.name());
        }
        carrier.recode(code);
        carrier.describe(name, mode, phone(c.phone()));
        carrier.contract(organisationNumber(c.organisationNumber()),
                blankToNull(Inputs.optional("subsidyAgreement", c.subsidyAgreement(), 120)));
        written("carrier.changed", caller, carrier);
        return details(carrier);
    }

    public void remove(long id) {
        Carrier carrier = find(id);
        CallerIdentity caller = access.requireAdministrator();
        EntityManager em = tenantEm.current();
        em.remove(carrier);
        try {
            em.flush();
        } catch (PersistenceException e) {
            // A foreign key: an order, a handover, a run or a driver's account refers to the carrier.
            throw new ConflictException("error.carrier.inUse", carrier.name());
        }
        written("carrier.removed", caller, carrier);
    }

    private void describe(Carrier carrier, CarrierChange c) {
        carrier.describe(Inputs.required("name", c.name(), 120), Inputs.oneOf(CarrierMode.class, "mode", c.mode()),
                phone(c.phone()));
        carrier.contract(organisationNumber(c.organisationNumber()),
                blankToNull(Inputs.optional("subsidyAgreement", c.subsidyAgreement(), 120)));
    }

    private void written(String action, CallerIdentity caller, Carrier carrier) {
        directory.changed(tenantContext.require());
        EntityManager em = tenantEm.current();
        em.flush();
        em.createNamedQuery(Municipality.BY_SLUG, Municipality.class).setParameter("slug", tenantContext.require())
                .getResultStream().findFirst().ifPresent(m -> m.carriersChangedInConsole(Instant.now()));
        audit.record(caller.auditName(), action, "carrier:" + carrier.id(), carrier.code() + " " + carrier.name()
                + " (" + carrier.mode() + ", " + carrier.organisationNumber() + ", " + carrier.subsidyAgreement() + ")");
    }

    private Carrier find(long id) {
        Carrier carrier = tenantEm.current().find(Carrier.class, id);
        if (carrier == null) {
            throw new NotFoundException("error.carrier.notFound", id);
        }
        return carrier;
    }

    private String uniqueCode(String value, Long ownId) {
        String code = Inputs.required("code", value, 40).toLowerCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new InvalidInputException("code", "error.carrier.code");
        }
        boolean taken = tenantEm.current().createNamedQuery(Carrier.BY_CODE, Carrier.class).setParameter("code", code)
                .getResultStream().anyMatch(c -> ownId == null || c.id() != ownId.longValue());
        if (taken) {
            throw new InvalidInputException("code", "error.carrier.codeTaken", code);
        }
        return code;
    }

    private static String phone(String value) {
        return value == null || value.isBlank() ? null : Inputs.phone("phone", value);
    }

    private static String organisationNumber(String value) {
        String number = Inputs.optional("organisationNumber", value, 20);
        if (!number.isEmpty() && !ORGANISATION_NUMBER.matcher(number).matches()) {
            throw new InvalidInputException("organisationNumber", "error.carrier.organisationNumber");
        }
        return blankToNull(number);
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static CarrierChange orEmpty(CarrierChange change) {
        return change == null ? new CarrierChange(null, null, null, null, null, null, null) : change;
    }

    private static CarrierDetails details(Carrier c) {
        return new CarrierDetails(c.id(), c.code(), c.name(), c.mode().name(), c.phone(), c.organisationNumber(),
                c.subsidyAgreement(), c.version());
    }
}
