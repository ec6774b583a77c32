package se.egalleria.web.faces.shopping;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Map;
import java.util.UUID;
import se.egalleria.ordering.application.CheckoutResult;
import se.egalleria.ordering.application.RepeatOrders;
import se.egalleria.ordering.application.RepeatPreview;
import se.egalleria.shared.DomainException;
import se.egalleria.web.faces.common.FormMessages;
import se.egalleria.web.faces.common.LanguageView;
import se.egalleria.web.faces.common.Navigation;
import se.egalleria.web.rest.RequestContexts;

/**
 * "Repeat the order": first what changed since (prices, stock, products gone), then one confirm
 * places it with the same delivery and address. The page keeps one idempotency key, so a double
 * click places it once.
 */
@Named
@ViewScoped
public class RepeatOrderView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RepeatOrders repeats;

    @Inject
    private FormMessages messages;

    @Inject
    private LanguageView language;

    @Inject
    private Navigation navigation;

    private final String idempotencyKey = UUID.randomUUID().toString();
    private String number;
    private transient RepeatPreview preview;

    public void load() {
        try {
            preview = repeats.preview(number);
        } catch (DomainException e) {
            preview = null;
            messages.show(e, Map.of());
        }
    }

    public void confirm() {
        try {
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest();
            CheckoutResult result = repeats.place(number, idempotencyKey,
                    RequestContexts.links(request, language.getLocale()));
            navigation.redirect("/confirmation.xhtml?checkout=" + result.checkoutId() + "&token="
                    + result.followToken());
        } catch (DomainException e) {
            messages.show(e, Map.of());
            load();
        }
    }

    public RepeatPreview getPreview() {
        if (preview == null && number != null && !FacesContext.getCurrentInstance().isValidationFailed()) {
            load();
        }
        return preview;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }
}
