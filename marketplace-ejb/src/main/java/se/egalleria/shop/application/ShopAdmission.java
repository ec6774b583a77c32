package se.egalleria.shop.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.text.Normalizer;
import java.util.Locale;
import se.egalleria.account.application.Access;
import se.egalleria.account.application.CallerIdentity;
import se.egalleria.account.application.Invitations;
import se.egalleria.account.application.LinkContext;
import se.egalleria.account.application.NewInvitation;
import se.egalleria.audit.AuditLog;
import se.egalleria.shared.ConflictException;
import se.egalleria.shared.Inputs;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.shop.domain.Shop;
import se.egalleria.shop.domain.ShopStatus;
import se.egalleria.tenancy.application.MunicipalityDirectory;

/**
 * The municipality admits its shops (its administrators only): invites a shop owner, which creates
 * the shop awaiting approval and e-mails the owner an invitation as its staff; approves it, and
 * suspends and reactivates it. Each step is audited.
 */
@Stateless
public class ShopAdmission {

    /** What the administrator can do to a shop, and the status it must be in for that. */
    public enum Step {
        APPROVE(ShopStatus.AWAITING_APPROVAL, "shop.approved"),
        SUSPEND(ShopStatus.APPROVED, "shop.suspended"),
        REACTIVATE(ShopStatus.SUSPENDED, "shop.reactivated");

        private final ShopStatus from;
        private final String auditAction;

        Step(ShopStatus from, String auditAction) {
            this.from = from;
            this.auditAction = auditAction;
        }
    }

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private Access access;

    @Inject
    private Invitations invitations;

    @Inject
    private MunicipalityDirectory municipality;

    @Inject
    private ShopCaches kept;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<ShopStatusChanged> statusChanged;

    /**
     * Creates the shop, awaiting approval, and invites its owner as its staff (one transaction: an
     * address that already has an account leaves no shop behind). Returns the new shop's id.
     */
    public long invite(ShopInvitation invitation, LinkContext links) {
        CallerIdentity admin = access.requireAdministrator();
        ShopInvitation i = invitation == null ? new ShopInvitation(null, null, null, null) : invitation;
        String name = Inputs.required("name", i.name(), 120);
        if (i.villageId() == null) {
            throw new InvalidInputException("villageId", "error.input.required");
        }
        long villageId = i.villageId();
        if (municipality.current().villages().stream().noneMatch(v -> v.id() == villageId)) {
            throw new InvalidInputException("villageId", "error.checkout.village");
        }
        String email = Inputs.email("email", i.email());
        String phone = Inputs.phone("phone", i.phone());

        EntityManager em = tenantEm.current();
        Shop shop = Shop.awaitingApproval(freeCode(em, name), name, villageId);
        shop.reachableAt(phone, email);
        em.persist(shop);
        em.flush();
        kept.changed();
        invitations.invite(new NewInvitation(email, "SHOP_STAFF", shop.id(), null), links);
        audit.record(admin.auditName(), "shop.invited", "shop:" + shop.id(), name + " <" + email + ">");
        return shop.id();
    }

    /** Approves, suspends or reactivates the shop; 409 when it is not in the status the step starts from. */
    public void take(long shopId, Step step) {
        Shop shop = tenantEm.current().find(Shop.class, shopId);
        if (shop == null) {
            // Not found before forbidden: another municipality's shop does not exist here at all.
            throw new ShopNotFoundException(shopId);
        }
        CallerIdentity admin = access.requireAdministrator();
        if (!shop.isStatus(step.from)) {
            throw new ConflictException("error.shop.status." + step.name().toLowerCase(Locale.ROOT), shop.name());
        }
        switch (step) {
            case APPROVE -> shop.approve();
            case SUSPEND -> shop.suspend();
            case REACTIVATE -> shop.reactivate();
        }
        kept.changed();
        statusChanged.fire(new ShopStatusChanged(shopId, shop.status()));
        audit.record(admin.auditName(), step.auditAction, "shop:" + shopId, shop.name());
    }

    /** "Fjällboden Lanthandel" → "fjallboden-lanthandel", then -2, -3 … when taken. */
    private static String freeCode(EntityManager em, String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String base = ascii.isEmpty() ? "butik" : ascii.substring(0, Math.min(ascii.length(), 32));
        String code = base;
        for (int n = 2; !em.createNamedQuery(Shop.BY_CODE, Shop.class).setParameter("code", code)
                .getResultList().isEmpty(); n++) {
            code = base + "-" + n;
        }
        return code;
    }
}
