package se.egalleria.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The municipality's rules for organised shopping trips (the shopping bus): what it pays the shop
 * per trip and household, whether the household must be in the register of approved households,
 * and at most how many trips per household and ISO week qualify. Zero means "nothing" / "no limit".
 */
@Embeddable
public class TripSubsidyRules {

    @Column(name = "trip_subsidy_ore", nullable = false)
    private long subsidyPerTripOre;

    @Column(name = "trip_requires_approval", nullable = false)
    private boolean requiresApproval = true;

    @Column(name = "trip_max_per_week", nullable = false)
    private int maxPerHouseholdPerWeek;

    protected TripSubsidyRules() {
        // for JPA
    }

    public TripSubsidyRules(long subsidyPerTripOre, boolean requiresApproval, int maxPerHouseholdPerWeek) {
        if (subsidyPerTripOre < 0 || maxPerHouseholdPerWeek < 0) {
            throw new IllegalArgumentException("Trip subsidy rules cannot be negative");
        }
        this.subsidyPerTripOre = subsidyPerTripOre;
        this.requiresApproval = requiresApproval;
        this.maxPerHouseholdPerWeek = maxPerHouseholdPerWeek;
    }

    /** Until the administrator sets them: nothing paid, approval required, no limit. */
    public static TripSubsidyRules none() {
        return new TripSubsidyRules(0, true, 0);
    }

    public long subsidyPerTripOre() {
        return subsidyPerTripOre;
    }

    public boolean requiresApproval() {
        return requiresApproval;
    }

    public int maxPerHouseholdPerWeek() {
        return maxPerHouseholdPerWeek;
    }
}
