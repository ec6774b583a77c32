package se.egalleria.web.faces.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.egalleria.account.application.Caller;
import se.egalleria.account.application.CallerIdentity;

/** Who is signed in, for the page header. */
@Named
@RequestScoped
public class SignedInView {

    @Inject
    private Caller caller;

    public boolean isSignedIn() {
        return caller.identity().isPresent();
    }

    /** Shop staff and administrators get the link to the shops' back office. */
    public boolean isWorksInShops() {
        return caller.identity().filter(me -> !me.isOperator()
                && (me.has(se.egalleria.account.domain.Role.SHOP_STAFF)
                || me.has(se.egalleria.account.domain.Role.MUNICIPALITY_ADMIN))).isPresent();
    }

    /** The municipality's administrators get the link to the subsidy page. */
    public boolean isAdministrator() {
        return caller.identity().filter(me -> !me.isOperator()
                && me.has(se.egalleria.account.domain.Role.MUNICIPALITY_ADMIN)).isPresent();
    }

    /** Carriers get the link to their deliveries. */
    public boolean isCarrier() {
        return caller.identity().filter(me -> !me.isOperator() && !me.carrierIds().isEmpty()).isPresent();
    }

    /** Home-care staff get the link to the residents assigned to them. */
    public boolean isHomeCareWorker() {
        return caller.identity().filter(me -> !me.isOperator()
                && me.has(se.egalleria.account.domain.Role.HOME_CARE)).isPresent();
    }

    public String getName() {
        return caller.identity().map(CallerIdentity::displayName).orElse("");
    }

    /** Platform operators get the link to the municipalities console (on the platform's host). */
    public boolean isOperator() {
        return caller.identity().filter(CallerIdentity::isOperator).isPresent();
    }
}
