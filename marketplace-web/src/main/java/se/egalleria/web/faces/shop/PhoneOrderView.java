package se.egalleria.web.faces.shop;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.egalleria.catalog.application.ProductCatalogue;
import se.egalleria.catalog.application.ProductQuery;
import se.egalleria.catalog.application.ProductSummary;
import se.egalleria.ordering.application.CheckoutRequest;
import se.egalleria.ordering.application.CheckoutResult;
import se.egalleria.ordering.application.Checkouts;
import se.egalleria.ordering.application.KnownCustomer;
import se.egalleria.ordering.application.Orders;
import se.egalleria.shared.DomainException;
import se.egalleria.shared.PageRequest;
import se.egalleria.web.faces.common.FormMessages;
import se.egalleria.web.faces.common.LanguageView;
import se.egalleria.web.faces.common.Navigation;
import se.egalleria.web.rest.RequestContexts;

/**
 * A phone order: find the resident by phone number (or type their details), pick the shop's
 * products, choose delivery and payment, place it. One idempotency key per page, so a double
 * click places one order.
 */
@Named
@ViewScoped
public class PhoneOrderView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int RESULTS = 10;
    private static final String FORM = "phoneorder:";

    @Inject
    private Orders orders;

    @Inject
    private Checkouts checkouts;

    @Inject
    private ProductCatalogue catalogue;

    @Inject
    private FormMessages messages;

    @Inject
    private LanguageView language;

    @Inject
    private Navigation navigation;

    private final String idempotencyKey = UUID.randomUUID().toString();
    private final Map<Long, Integer> quantities = new LinkedHashMap<>();
    private final Map<Long, String> names = new LinkedHashMap<>();
    private Long shop;
    private String name;
    private String phone;
    private String email;
    private String street;
    private String postalCode;
    private Long villageId;
    private String instructions;
    private String delivery = "HOME_DELIVERY";
    private String payment = "PAY_ON_DELIVERY";
    private String q;
    private transient List<ProductSummary> results = List.of();

    /** Fills in the resident's details from their latest order here. */
    public void findCustomer() {
        try {
            KnownCustomer known = orders.knownCustomer(shop, phone).orElse(null);
            if (known == null) {
                messages.info("phoneOrder.newCustomer");
                return;
            }
            name = known.name();
            email = known.email();
            street = known.street();
            postalCode = known.postalCode();
            villageId = known.villageId();
            messages.info("phoneOrder.found", known.name());
        } catch (DomainException e) {
            messages.show(e, Map.of("phone", FORM + "phone"));
        }
    }

    public void search() {
        try {
            results = catalogue.search(new ProductQuery(q, shop, null), new PageRequest(0, RESULTS)).items();
            if (results.isEmpty()) {
                messages.info("phoneOrder.noProducts");
            }
        } catch (DomainException e) {
            messages.show(e, Map.of("q", FORM + "q"));
        }
    }

    public void add(ProductSummary product) {
        quantities.merge(product.id(), 1, Integer::sum);
        names.put(product.id(), product.name() + " (" + product.unit() + ")");
    }

    public void more(Long productId) {
        quantities.computeIfPresent(productId, (id, n) -> n + 1);
    }

    public void less(Long productId) {
        if (quantities.getOrDefault(productId, 0) <= 1) {
            remove(productId);
        } else {
            quantities.computeIfPresent(productId, (id, n) -> n - 1);
        }
    }

    public void remove(Long productId) {
        quantities.remove(productId);
        names.remove(productId);
    }

    public void place() {
        try {
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest();
            CheckoutResult result = checkouts.placeByPhone(shop, new CheckoutRequest(name, email, phone, street,
                    postalCode, villageId, instructions, payment,
                    List.of(new CheckoutRequest.ShopChoice(shop, delivery, null, null)), null, null), quantities, idempotencyKey,
                    RequestContexts.links(request, language.getLocale()));
            messages.info("phoneOrder.placed", result.orders().get(0).number());
            messages.keepForRedirect();
            navigation.redirect("/shop/order.xhtml?number=" + result.orders().get(0).number());
        } catch (DomainException e) {
            Map<String, String> inputs = new LinkedHashMap<>();
            for (String field : List.of("name", "phone", "email", "street", "postalCode", "villageId", "payment")) {
                inputs.put(field, FORM + field);
            }
            inputs.put("shops." + shop + ".delivery", FORM + "delivery");
            messages.show(e, inputs);
        }
    }

    public List<Map.Entry<Long, String>> getLines() {
        return List.copyOf(names.entrySet());
    }

    public Map<Long, Integer> getQuantities() {
        return quantities;
    }

    public List<ProductSummary> getResults() {
        return results == null ? List.of() : results;
    }

    public Long getShop() {
        return shop;
    }

    public void setShop(Long shop) {
        this.shop = shop;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
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

    public String getDelivery() {
        return delivery;
    }

    public void setDelivery(String delivery) {
        this.delivery = delivery;
    }

    public String getPayment() {
        return payment;
    }

    public void setPayment(String payment) {
        this.payment = payment;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
