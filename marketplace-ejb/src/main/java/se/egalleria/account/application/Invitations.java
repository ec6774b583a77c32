package se.egalleria.account.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.Optional;
import se.egalleria.account.domain.Account;
import se.egalleria.account.domain.AccountStatus;
import se.egalleria.account.domain.Membership;
import se.egalleria.account.domain.Role;
import se.egalleria.account.domain.TokenPurpose;
import se.egalleria.audit.AuditLog;
import se.egalleria.shared.ConflictException;
import se.egalleria.shared.ForbiddenException;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.shared.Inputs;
import se.egalleria.shared.NotFoundException;
import se.egalleria.shared.mail.OutgoingMail;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.tenancy.application.MunicipalityDirectory;
import se.egalleria.tenancy.domain.Carrier;
import se.egalleria.shop.domain.Shop;

/**
 * People who work in a gallery are invited by the role above them: a platform operator invites
 * a municipality's administrators; an administrator invites shop staff, carriers and home-care staff.
 */
@Stateless
public class Invitations {

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private Access access;

    @Inject
    private Passwords passwords;

    @Inject
    private OneTimeTokens tokens;

    @Inject
    private MunicipalityDirectory municipalities;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<OutgoingMail> mail;

    public void invite(NewInvitation invitation, LinkContext links) {
        NewInvitation i = invitation == null ? new NewInvitation(null, null, null, null) : invitation;
        Role role = role(i.role());
        CallerIdentity inviter = role == Role.MUNICIPALITY_ADMIN ? access.requireOperator() : access.requireAdministrator();
        if (role == Role.RESIDENT) {
            throw new ForbiddenException("error.invitation.residentsRegister");
        }
        String email = Inputs.email("email", i.email());
        EntityManager em = tenantEm.current();
        Long shopId = role == Role.SHOP_STAFF ? existing(em, Shop.class, "shopId", i.shopId()) : null;
        Long carrierId = role == Role.CARRIER ? existing(em, Carrier.class, "carrierId", i.carrierId()) : null;

        Optional<Account> existingAccount = em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", email).getResultStream().findFirst();
        if (existingAccount.isPresent() && existingAccount.get().status() != AccountStatus.INVITED) {
            throw new ConflictException("error.invitation.accountExists");
        }
        Account account = existingAccount.orElseGet(() -> {
            Account invited = Account.invited(email);
            em.persist(invited);
            em.flush();
            return invited;
        });
        em.persist(switch (role) {
            case SHOP_STAFF -> Membership.shopStaff(account.id(), shopId);
            case CARRIER -> Membership.carrier(account.id(), carrierId);
            case HOME_CARE -> Membership.homeCare(account.id());
            default -> Membership.administrator(account.id());
        });
        String token = tokens.issue(account, TokenPurpose.INVITATION);
        mail.fire(AccountMails.invitation(email, municipalities.currentName(),
                links.link(AccountLinks.ACCEPT_INVITATION, token), role, links.locale()));
        audit.record(inviter.auditName(), "invitation.sent", email,
                role + (shopId != null ? " shop " + shopId : "") + (carrierId != null ? " carrier " + carrierId : ""));
    }

    /**
     * An administrator lets a person order for a municipal unit (organisation customer). Someone
     * without an account gets the usual invitation (chooses a name and a password; the account is a
     * resident's, so it can also shop for itself); someone with an account is told by e-mail. The
     * right to order for the unit is kept by the organisation area against the returned account id,
     * not as a role: one person may order for several units and still shop as a resident.
     */
    public long inviteUnitOrderer(String emailValue, String unitName, String unitPage, LinkContext links) {
        CallerIdentity inviter = access.requireAdministrator();
        String email = Inputs.email("email", emailValue);
        EntityManager em = tenantEm.current();
        Optional<Account> existing = em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", email).getResultStream().findFirst();
        if (existing.isPresent() && existing.get().status() == AccountStatus.DELETED) {
            throw new ConflictException("error.invitation.accountDeleted");
        }
        Account account;
        if (existing.isPresent() && existing.get().status() != AccountStatus.INVITED) {
            account = existing.get();
            mail.fire(AccountMails.unitOrderer(email, municipalities.currentName(), links.galleryBaseUrl() + unitPage,
                    unitName, links.locale()));
        } else {
            account = existing.orElseGet(() -> {
                Account invited = Account.invited(email);
                em.persist(invited);
                em.flush();
                em.persist(Membership.resident(invited.id()));
                return invited;
            });
            String token = tokens.issue(account, TokenPurpose.INVITATION);
            mail.fire(AccountMails.unitInvitation(email, municipalities.currentName(),
                    links.link(AccountLinks.ACCEPT_INVITATION, token), unitName, links.locale()));
        }
        audit.record(inviter.auditName(), "invitation.unitOrderer", email, unitName);
        return account.id();
    }

    /** The invited person chooses a name and a password; the account becomes active. */
    public void accept(String token, String name, String password) {
        String displayName = Inputs.required("name", name, 120);
        String hash = passwords.hashNew("password", password);
        Account account = tokens.spend(token, TokenPurpose.INVITATION);
        account.acceptInvitation(displayName, hash);
    }

    private static Role role(String value) {
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(value)).findFirst()
                .orElseThrow(() -> new InvalidInputException("role", "error.invitation.role"));
    }

    private static Long existing(EntityManager em, Class<?> type, String field, Long id) {
        if (id == null) {
            throw new InvalidInputException(field, "error.input.required");
        }
        if (em.find(type, id) == null) {
            throw new NotFoundException("error.invitation.noSuch." + field, id);
        }
        return id;
    }
}
