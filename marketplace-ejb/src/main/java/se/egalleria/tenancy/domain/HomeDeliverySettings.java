package se.egalleria.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.util.EnumSet;
import java.util.Set;

/** A municipality's home-delivery terms as residents see them: the fee and who is eligible. */
@Embeddable
public class HomeDeliverySettings {

    @Column(name = "delivery_fee_ore", nullable = false)
    private long feeOre;

    @Convert(converter = EligibilityGroupsConverter.class)
    @Column(name = "delivery_eligible_groups", nullable = false)
    private Set<EligibilityGroup> eligibleGroups;

    protected HomeDeliverySettings() {
        // for JPA
    }

    public HomeDeliverySettings(long feeOre, Set<EligibilityGroup> eligibleGroups) {
        if (feeOre < 0) {
            throw new IllegalArgumentException("A delivery fee cannot be negative");
        }
        this.feeOre = feeOre;
        this.eligibleGroups = eligibleGroups.isEmpty()
                ? EnumSet.noneOf(EligibilityGroup.class) : EnumSet.copyOf(eligibleGroups);
    }

    public long feeOre() {
        return feeOre;
    }

    public Set<EligibilityGroup> eligibleGroups() {
        return eligibleGroups.isEmpty() ? Set.of() : EnumSet.copyOf(eligibleGroups);
    }
}
