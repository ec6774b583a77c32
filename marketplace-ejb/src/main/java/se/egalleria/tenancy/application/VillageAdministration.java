package se.egalleria.tenancy.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import se.egalleria.account.application.Access;
import se.egalleria.account.application.CallerIdentity;
import se.egalleria.audit.AuditLog;
import se.egalleria.shared.ConflictException;
import se.egalleria.shared.Inputs;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.shared.NotFoundException;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.tenancy.domain.Municipality;
import se.egalleria.tenancy.domain.Village;

/**
 * The administrator adds, changes and removes the municipality's villages. Coordinates must lie
 * in Sweden (a typo such as swapped latitude and longitude is caught). A village that shops,
 * orders or subsidy approvals refer to cannot be removed: the database's foreign keys decide, so
 * nothing added meanwhile by another area can slip through.
 */
@Stateless
public class VillageAdministration {

    // Sweden's extent with a little margin: 55.34–69.06 °N, 10.96–24.17 °E.
    private static final BigDecimal MIN_LATITUDE = new BigDecimal("55.0");
    private static final BigDecimal MAX_LATITUDE = new BigDecimal("69.5");
    private static final BigDecimal MIN_LONGITUDE = new BigDecimal("10.5");
    private static final BigDecimal MAX_LONGITUDE = new BigDecimal("24.5");
    private static final int MAX_HOUSEHOLDS = 1_000_000;

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private TenantContext tenantContext;

    @Inject
    private Access access;

    @Inject
    private MunicipalityDirectory municipalities;

    @Inject
    private AuditLog audit;

    public List<VillageDetails> list() {
        access.requireAdministrator();
        return tenantEm.current().createNamedQuery(Village.ALL, Village.class).getResultStream()
                .map(VillageAdministration::details).toList();
    }

    public VillageDetails get(long id) {
        access.requireAdministrator();
        return details(find(id));
    }

    public VillageDetails add(VillageChange change) {
        CallerIdentity caller = access.requireAdministrator();
        VillageChange c = orEmpty(change);
        String name = uniqueName(c.name(), null);
        Village village = new Village(name);
        village.place(latitude(c.latitude()), longitude(c.longitude()), households(c.households()));
        tenantEm.current().persist(village);
        written("village.added", caller, village);
        return details(village);
    }

    public VillageDetails change(long id, VillageChange change) {
        Village village = find(id);
        CallerIdentity caller = access.requireAdministrator();
        VillageChange c = orEmpty(change);
        String name = uniqueName(c.name(), id);
        BigDecimal latitude = latitude(c.latitude());
        BigDecimal longitude = longitude(c.longitude());
        Integer households = households(c.households());
        if (c.version() == null) {
            throw new InvalidInputException("version", "error.input.required");
        }
        if (c.version() != village.version()) {
            throw new ConflictException("error.village.changedMeanwhile", village.name());
        }
        village.rename(name);
        village.place(latitude, longitude, households);
        written("village.changed", caller, village);
        return details(village);
    }

    public void remove(long id) {
        Village village = find(id);
        CallerIdentity caller = access.requireAdministrator();
        EntityManager em = tenantEm.current();
        em.remove(village);
        try {
            em.flush();
        } catch (PersistenceException e) {
            // A foreign key: a shop, its delivery area, an order or a subsidy approval uses the village.
            throw new ConflictException("error.village.inUse", village.name());
        }
        written("village.removed", caller, village);
    }

    private void written(String action, CallerIdentity caller, Village village) {
        EntityManager em = tenantEm.current();
        em.flush();
        String slug = tenantContext.require();
        em.createNamedQuery(Municipality.BY_SLUG, Municipality.class).setParameter("slug", slug)
                .getResultStream().findFirst().ifPresent(m -> m.villagesChangedInConsole(Instant.now()));
        municipalities.profileChanged();
        audit.record(caller.auditName(), action, "village:" + village.id(), village.name() + " ("
                + village.latitude() + ", " + village.longitude() + ", households " + village.households() + ")");
    }

    private Village find(long id) {
        Village village = tenantEm.current().find(Village.class, id);
        if (village == null) {
            throw new NotFoundException("error.village.notFound", id);
        }
        return village;
    }

    private String uniqueName(String value, Long ownId) {
        String name = Inputs.required("name", value, 120);
        boolean taken = tenantEm.current().createNamedQuery(Village.BY_NAME, Village.class).setParameter("name", name)
                .getResultStream().anyMatch(v -> ownId == null || v.id() != ownId.longValue());
        if (taken) {
            throw new InvalidInputException("name", "error.village.nameTaken", name);
        }
        return name;
    }

    private static BigDecimal latitude(BigDecimal value) {
        return degrees("latitude", value, MIN_LATITUDE, MAX_LATITUDE);
    }

    private static BigDecimal longitude(BigDecimal value) {
        return degrees("longitude", value, MIN_LONGITUDE, MAX_LONGITUDE);
    }

    private static BigDecimal degrees(String field, BigDecimal value, BigDecimal min, BigDecimal max) {
        if (value == null) {
            throw new InvalidInputException(field, "error.input.required");
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new InvalidInputException(field, "error.village." + field + "Range", min.toPlainString(),
                    max.toPlainString());
        }
        // The column keeps six decimals (about 10 cm), more is only noise.
        return value.setScale(6, RoundingMode.HALF_UP);
    }

    private static Integer households(Integer value) {
        if (value != null && (value < 0 || value > MAX_HOUSEHOLDS)) {
            throw new InvalidInputException("households", "error.input.range", 0, MAX_HOUSEHOLDS);
        }
        return value;
    }

    private static VillageChange orEmpty(VillageChange change) {
        return change == null ? new VillageChange(null, null, null, null, null) : change;
    }

    private static VillageDetails details(Village v) {
        return new VillageDetails(v.id(), v.name(), v.latitude(), v.longitude(), v.households(), v.version());
    }
}
