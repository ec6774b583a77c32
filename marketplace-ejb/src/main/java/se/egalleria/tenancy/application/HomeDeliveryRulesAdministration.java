package se.egalleria.tenancy.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import se.egalleria.account.application.Access;
import se.egalleria.account.application.CallerIdentity;
import se.egalleria.audit.AuditLog;
import se.egalleria.shared.ConflictException;
import se.egalleria.shared.Inputs;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.tenancy.domain.EligibilityGroup;
import se.egalleria.tenancy.domain.HomeDeliverySettings;
import se.egalleria.tenancy.domain.Municipality;
import se.egalleria.tenancy.domain.SubsidyRules;
import se.egalleria.tenancy.domain.TripSubsidyRules;

/**
 * The administrator reads and changes the municipality's home-delivery fee, eligible groups and
 * subsidy rules. A change reaches checkout and the monthly reports at once: the cached profile and
 * rules of the municipality are dropped in the same transaction.
 */
@Stateless
public class HomeDeliveryRulesAdministration {

    // Upper bounds only catch typing mistakes (an extra zero or two); real rules lie far below them.
    private static final long MAX_FEE_ORE = 100_000;
    private static final long MAX_PAYMENT_ORE = 1_000_000;
    private static final long MAX_ORDER_ORE = 10_000_000;
    private static final long MAX_DISTANCE_M = 500_000;
    private static final long MAX_PER_WEEK = 14;
    private static final long MAX_PRICE_BASE_ORE = 100_000_000;

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

    public HomeDeliveryRules current() {
        access.requireAdministrator();
        return view(municipality(false));
    }

    public HomeDeliveryRules change(HomeDeliveryRulesChange change) {
        CallerIdentity caller = access.requireAdministrator();
        HomeDeliveryRulesChange c = change == null
                ? new HomeDeliveryRulesChange(null, null, null, null, null, null, null, null, null, null, null, null) : change;
        HomeDeliverySettings home = new HomeDeliverySettings(
                amount("feeOre", c.feeOre(), MAX_FEE_ORE), groups(c.eligibleGroups()));
        SubsidyRules rules = new SubsidyRules(
                amount("paymentPerDeliveryOre", c.paymentPerDeliveryOre(), MAX_PAYMENT_ORE),
                amount("minimumOrderOre", c.minimumOrderOre(), MAX_ORDER_ORE),
                (int) amount("minimumDistanceMeters", c.minimumDistanceMeters(), MAX_DISTANCE_M),
                (int) amount("maxPerHouseholdPerWeek", c.maxPerHouseholdPerWeek(), MAX_PER_WEEK),
                amount("stateCapPerDeliveryOre", c.stateCapPerDeliveryOre(), MAX_PAYMENT_ORE),
                amount("priceBaseAmountOre", c.priceBaseAmountOre(), MAX_PRICE_BASE_ORE));
        Long tripSubsidy = c.tripSubsidyOre() == null ? null
                : amount("tripSubsidyOre", c.tripSubsidyOre(), MAX_PAYMENT_ORE);
        Long tripsPerWeek = c.tripMaxPerHouseholdPerWeek() == null ? null
                : amount("tripMaxPerHouseholdPerWeek", c.tripMaxPerHouseholdPerWeek(), MAX_PER_WEEK);
        if (c.version() == null) {
            throw new InvalidInputException("version", "error.input.required");
        }
        // Locked, so that two administrators saving at once cannot both pass the version check.
        Municipality m = municipality(true);
        if (m.version() != c.version()) {
            throw new ConflictException("error.rules.changedMeanwhile");
        }
        // Trip rules left out stay as they are (clients written before there were trips).
        TripSubsidyRules now = m.tripRules();
        TripSubsidyRules trips = new TripSubsidyRules(tripSubsidy == null ? now.subsidyPerTripOre() : tripSubsidy,
                c.tripRequiresApproval() == null ? now.requiresApproval() : c.tripRequiresApproval(),
                tripsPerWeek == null ? now.maxPerHouseholdPerWeek() : tripsPerWeek.intValue());
        m.changeDeliveryRules(home, rules, Instant.now());
        m.changeTripRules(trips);
        tenantEm.platform().flush();
        municipalities.deliveryRulesChanged();
        audit.record(caller.auditName(), "municipality.deliveryRulesChanged", "municipality:" + m.slug(),
                "fee " + home.feeOre() + ", groups " + home.eligibleGroups() + ", payment "
                        + rules.paymentPerDeliveryOre() + ", minimum order " + rules.minimumOrderOre()
                        + ", minimum distance " + rules.minimumDistanceMeters() + " m, per week "
                        + rules.maxPerHouseholdPerWeek() + ", state cap " + rules.stateCapPerDeliveryOre()
                        + ", price base " + rules.priceBaseAmountOre() + ", trip " + trips.subsidyPerTripOre()
                        + (trips.requiresApproval() ? " approved only" : " anyone") + ", trips per week "
                        + trips.maxPerHouseholdPerWeek());
        return view(m);
    }

    private Municipality municipality(boolean locked) {
        String slug = tenantContext.require();
        EntityManager em = tenantEm.platform();
        Municipality m = em.createNamedQuery(Municipality.BY_SLUG, Municipality.class)
                .setParameter("slug", slug).getResultStream().findFirst()
                .orElseThrow(() -> new UnknownMunicipalityException(slug));
        if (locked) {
            em.refresh(m, LockModeType.PESSIMISTIC_WRITE);
        }
        return m;
    }

    private static HomeDeliveryRules view(Municipality m) {
        SubsidyRules r = m.subsidyRules();
        return new HomeDeliveryRules(m.homeDelivery().feeOre(),
                m.homeDelivery().eligibleGroups().stream().map(Enum::name).sorted().toList(),
                r.paymentPerDeliveryOre(), r.minimumOrderOre(), r.minimumDistanceMeters(),
                r.maxPerHouseholdPerWeek(), r.stateCapPerDeliveryOre(), r.priceBaseAmountOre(),
                m.tripRules().subsidyPerTripOre(), m.tripRules().requiresApproval(),
                m.tripRules().maxPerHouseholdPerWeek(), m.version());
    }

    private static long amount(String field, Long value, long max) {
        if (value == null) {
            throw new InvalidInputException(field, "error.input.required");
        }
        if (value < 0 || value > max) {
            // Money fields are öre in the API and kronor on the page; the message speaks kronor.
            throw field.endsWith("Ore") ? new InvalidInputException(field, "error.input.kronorRange", max / 100)
                    : new InvalidInputException(field, "error.input.range", 0, max);
        }
        return value;
    }

    private static Set<EligibilityGroup> groups(List<String> names) {
        Set<EligibilityGroup> groups = EnumSet.noneOf(EligibilityGroup.class);
        for (String name : names == null ? List.<String>of() : names) {
            groups.add(Inputs.oneOf(EligibilityGroup.class, "eligibleGroups", name));
        }
        return groups;
    }
}
