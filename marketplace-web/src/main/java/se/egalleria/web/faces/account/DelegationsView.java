package se.egalleria.web.faces.account;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import se.egalleria.account.application.DelegationView;
import se.egalleria.account.application.Delegations;
import se.egalleria.shared.DomainException;
import se.egalleria.web.faces.common.FormMessages;
import se.egalleria.web.faces.common.LanguageView;
import se.egalleria.web.rest.RequestContexts;

/** "Ombud": whom I let order for me, and for whom I may order; invite, accept, withdraw. */
@Named
@ViewScoped
public class DelegationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Delegations delegations;

    @Inject
    private FormMessages messages;

    @Inject
    private LanguageView language;

    private String email;
    private transient List<DelegationView> open;

    public List<DelegationView> getGiven() {
        return open().stream().filter(DelegationView::given).toList();
    }

    public List<DelegationView> getReceived() {
        return open().stream().filter(d -> !d.given()).toList();
    }

    public void invite() {
        try {
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest();
            DelegationView sent = delegations.invite(email, RequestContexts.links(request, language.getLocale()));
            messages.info("delegation.sent", sent.delegateEmail());
            email = null;
            open = null;
        } catch (DomainException e) {
            messages.show(e, Map.of("email", "invite:email"));
        }
    }

    public void accept(long id) {
        act(() -> delegations.accept(id), "delegation.accepted");
    }

    public void withdraw(long id) {
        act(() -> delegations.withdraw(id), "delegation.withdrawn");
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            messages.info(doneKey);
        } catch (DomainException e) {
            messages.show(e, Map.of());
        }
        open = null;
    }

    private List<DelegationView> open() {
        if (open == null) {
            open = delegations.mine();
        }
        return open;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
