package se.egalleria.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import se.egalleria.shared.persistence.TenantOwnedEntity;

/** One role of an account; shop staff name their shop, carriers their carrier. */
@Entity
@Table(name = "membership")
@NamedQuery(name = Membership.OF_ACCOUNT, query = "SELECT m FROM Membership m WHERE m.accountId = :accountId")
public class Membership extends TenantOwnedEntity {

    public static final String OF_ACCOUNT = "Membership.ofAccount";

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 30)
    private Role role;

    @Column(name = "shop_id")
    private Long shopId;

    @Column(name = "carrier_id")
    private Long carrierId;

    protected Membership() {
        // for JPA
    }

    private Membership(long accountId, Role role, Long shopId, Long carrierId) {
        this.accountId = accountId;
        this.role = role;
        this.shopId = shopId;
        this.carrierId = carrierId;
    }

    public static Membership resident(long accountId) {
        return new Membership(accountId, Role.RESIDENT, null, null);
    }

    public static Membership shopStaff(long accountId, long shopId) {
        return new Membership(accountId, Role.SHOP_STAFF, shopId, null);
    }

    public static Membership carrier(long accountId, long carrierId) {
        return new Membership(accountId, Role.CARRIER, null, carrierId);
    }

    public static Membership homeCare(long accountId) {
        return new Membership(accountId, Role.HOME_CARE, null, null);
    }

    public static Membership administrator(long accountId) {
        return new Membership(accountId, Role.MUNICIPALITY_ADMIN, null, null);
    }

    public Role role() {
        return role;
    }

    public Long shopId() {
        return shopId;
    }

    public Long carrierId() {
        return carrierId;
    }
}
