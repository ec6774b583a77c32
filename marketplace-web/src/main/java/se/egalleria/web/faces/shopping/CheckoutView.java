package se.egalleria.web.faces.shopping;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.egalleria.account.application.Caller;
import se.egalleria.account.application.OrderingFor;
import se.egalleria.ordering.application.BasketView;
import se.egalleria.organisation.application.OrganisationUnits;
import se.egalleria.organisation.application.UnitDetails;
import se.egalleria.ordering.application.CheckoutRequest;
import se.egalleria.ordering.application.CheckoutResult;
import se.egalleria.ordering.application.Checkouts;
import se.egalleria.ordering.application.KnownCustomer;
import se.egalleria.ordering.application.ResidentContacts;
import se.egalleria.shared.DomainException;
import se.egalleria.web.faces.common.FormMessages;
import se.egalleria.web.faces.common.Formats;
import se.egalleria.web.faces.common.LanguageView;
import se.egalleria.web.faces.common.Navigation;
import se.egalleria.web.rest.RequestContexts;

/**
 * Checkout: contact details and address once, then per shop how the goods come. The form keeps
 * one idempotency key for its lifetime, so a double click or a resubmitted page places nothing twice.
 */
@Named
@ViewScoped
public class CheckoutView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "checkout:";

    @Inject
    private CurrentBasket basket;

    @Inject
    private Checkouts checkouts;

    @Inject
    private Caller caller;

    @Inject
    private FormMessages messages;

    @Inject
    private LanguageView language;

    @Inject
    private Navigation navigation;

    @Inject
    private Formats formats;

    @Inject
    private OrderingFor orderingFor;

    @Inject
    private ResidentContacts residentContacts;

    @Inject
    private OrganisationUnits organisationUnits;

    private final String idempotencyKey = UUID.randomUUID().toString();
    private transient BasketView view;
    private List<ShopChoiceForm> shops = List.of();
    private String name;
    private String email;
    private String phone;
    private String street;
    private String postalCode;
    private Long villageId;
    private String instructions;
    private String payment;
    private List<String> paymentMethods = List.of();
    private Long onBehalfOf;
    private List<OrderingFor.Recipient> representing = List.of();
    private Long organisation;
    private List<UnitDetails> units = List.of();

    public void load() {
        view = basket.view();
        if (view.isEmpty()) {
            navigation.redirect("/basket.xhtml");
            return;
        }
        shops = view.shops().stream().map(ShopChoiceForm::new).toList();
        paymentMethods = checkouts.paymentMethods();
        if (payment == null && !paymentMethods.isEmpty()) {
            payment = paymentMethods.get(0);
        }
        caller.identity().filter(c -> !c.isOperator()).ifPresent(me -> {
            name = me.displayName();
            email = me.email();
            representing = orderingFor.representable();
            units = organisationUnits.mine();
        });
    }

    public void place() {
        try {
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest();
            CheckoutResult result = checkouts.place(basket.token(), new CheckoutRequest(name, email, phone, street,
                    postalCode, villageId, instructions, payment, shops.stream().map(ShopChoiceForm::toRequest)
                    .toList(), onBehalfOf, organisation), idempotencyKey, RequestContexts.links(request, language.getLocale()));
            basket.placed();
            navigation.redirect("/confirmation.xhtml?checkout=" + result.checkoutId() + "&token="
                    + result.followToken());
        } catch (DomainException e) {
            messages.show(e, inputs());
        }
    }

    /**
     * "Order for": fills the form with the resident's name, e-mail, phone, address and village (from
     * their latest order), so nobody types them again and the delivery goes to the resident; back
     * to "myself", the caller's own name and e-mail.
     */
    public void recipientChanged() {
        try {
            KnownCustomer known = onBehalfOf == null ? null : residentContacts.contactFor(onBehalfOf);
            name = known != null ? known.name() : caller.identity().map(c -> c.displayName()).orElse(null);
            email = known != null ? known.email() : caller.identity().map(c -> c.email()).orElse(null);
            phone = known == null ? null : known.phone();
            street = known == null ? null : known.street();
            postalCode = known == null ? null : known.postalCode();
            villageId = known == null || known.villageId() == 0 ? null : known.villageId();
            instructions = null;
        } catch (DomainException e) {
            messages.show(e, Map.of("onBehalfOf", FORM + "onBehalfOf"));
        }
    }

    /** Where each field the service may refuse is on this page. */
    private Map<String, String> inputs() {
        Map<String, String> inputs = new HashMap<>();
        for (String field : List.of("name", "email", "phone", "street", "postalCode", "villageId", "instructions",
                "payment", "onBehalfOf", "organisation")) {
            inputs.put(field, FORM + field);
        }
        for (int i = 0; i < shops.size(); i++) {
            String prefix = "shops." + shops.get(i).getShopId() + ".";
            String row = FORM + "shops:" + i + ":";
            inputs.put(prefix + "delivery", row + "delivery");
            // A unit's order refused at a shop (no agreement, not on the price list) shows at that shop.
            inputs.put("shops." + shops.get(i).getShopId(), row + "delivery");
            inputs.put(prefix + "date", row + "date");
            inputs.put(prefix + "servicePoint", row + "servicePoint");
        }
        return inputs;
    }

    public String dateLabel(String isoDate) {
        return formats.date(LocalDate.parse(isoDate));
    }

    public long getTotalOre() {
        return shops.stream().mapToLong(ShopChoiceForm::getSubtotalOre).sum();
    }

    public List<ShopChoiceForm> getShops() {
        return shops;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public Long getVillageId() {
        return villageId;
    }

    public void setVillageId(Long villageId) {
        this.villageId = villageId;
    }

    public String getInstructions() {
        return instructions;
    }

    public void setInstructions(String instructions) {
        this.instructions = instructions;
    }

    /** The units (organisation customers) the signed-in person may order for; offered besides "myself". */
    public List<UnitDetails> getUnits() {
        return units;
    }

    public Long getOrganisation() {
        return organisation;
    }

    public void setOrganisation(Long organisation) {
        this.organisation = organisation;
    }

    /** The residents the signed-in person may order for (relatives' permissions, home care); offered besides "myself". */
    public List<OrderingFor.Recipient> getRepresenting() {
        return representing;
    }

    public Long getOnBehalfOf() {
        return onBehalfOf;
    }

    public void setOnBehalfOf(Long onBehalfOf) {
        this.onBehalfOf = onBehalfOf;
    }

    /** The payment providers' codes, as offered in this municipality. */
    public List<String> getPaymentMethods() {
        return paymentMethods;
    }

    public String getPayment() {
        return payment;
    }

    public void setPayment(String payment) {
        this.payment = payment;
    }
}
