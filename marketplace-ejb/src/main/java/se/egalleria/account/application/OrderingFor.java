package se.egalleria.account.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.egalleria.account.domain.Account;
import se.egalleria.account.domain.AccountStatus;
import se.egalleria.account.domain.Role;
import se.egalleria.shared.DomainException;
import se.egalleria.shared.ForbiddenException;
import se.egalleria.shared.NotFoundException;
import se.egalleria.shared.persistence.TenantEntityManager;

/**
 * The one permission check for ordering for someone else. It has two sources: the resident's own
 * permission to a person (a {@link Delegations delegation}, accepted and not withdrawn) and the
 * municipality's {@link HomeCare assignment} of the resident to a home-care worker.
 */
@Stateless
public class OrderingFor {

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private Access access;

    @Inject
    private Delegations delegations;

    @Inject
    private HomeCare homeCare;

    /** Why the caller may order for the resident. */
    public enum Source { DELEGATION, HOME_CARE }

    /** Whom an order is for (name and e-mail from their account) and who places it, on what ground. */
    public record Recipient(long residentAccountId, String residentName, String residentEmail, String placedBy,
                            Source source) implements Serializable {
    }

    /**
     * The resident the signed-in caller may order for now. Another gallery's (or no) account is a
     * 404; a resident of this gallery who gave no active permission and is not assigned to the
     * caller is refused (403).
     */
    public Recipient requireMayOrderFor(long residentAccountId) {
        CallerIdentity me = access.requireAccount();
        Account resident = tenantEm.current().find(Account.class, residentAccountId);
        if (resident == null || resident.status() == AccountStatus.DELETED) {
            throw new NotFoundException("error.onBehalf.noSuchResident", residentAccountId);
        }
        if (delegations.isActive(residentAccountId, me.id())) {
            return recipient(resident, me, Source.DELEGATION);
        }
        if (me.has(Role.HOME_CARE) && homeCare.isAssigned(me.id(), residentAccountId)) {
            return recipient(resident, me, Source.HOME_CARE);
        }
        throw new ForbiddenException(me.has(Role.HOME_CARE) ? "error.homeCare.notAssigned"
                : "error.delegation.notActive");
    }

    /** As {@link #requireMayOrderFor}, without refusing. */
    public boolean mayOrderFor(long residentAccountId) {
        try {
            requireMayOrderFor(residentAccountId);
            return true;
        } catch (DomainException e) {
            return false;
        }
    }

    /** Everyone the signed-in caller may order for now, from either source, each once. */
    public List<Recipient> representable() {
        CallerIdentity me = access.requireAccount();
        Map<Long, Recipient> all = new LinkedHashMap<>();
        delegations.mine().stream().filter(d -> !d.given() && "ACTIVE".equals(d.status()))
                .forEach(d -> all.putIfAbsent(d.residentAccountId(), new Recipient(d.residentAccountId(),
                        d.residentName(), "", me.email(), Source.DELEGATION)));
        if (me.has(Role.HOME_CARE)) {
            homeCare.myResidents().forEach(a -> all.putIfAbsent(a.residentAccountId(), new Recipient(
                    a.residentAccountId(), a.residentName(), a.residentEmail(), me.email(), Source.HOME_CARE)));
        }
        return List.copyOf(all.values());
    }

    private static Recipient recipient(Account resident, CallerIdentity me, Source source) {
        return new Recipient(resident.id(), resident.displayName(), resident.email(), me.email(), source);
    }
}
