package se.egalleria.ordering.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.egalleria.account.application.Access;
import se.egalleria.account.application.Caller;
import se.egalleria.account.application.CallerIdentity;
import se.egalleria.account.application.LinkContext;
import se.egalleria.account.application.OrderingFor;
import se.egalleria.catalog.application.ProductStock;
import se.egalleria.catalog.application.SoldProduct;
import se.egalleria.ordering.application.payment.PaymentOutcome;
import se.egalleria.ordering.application.payment.PaymentProvider;
import se.egalleria.ordering.application.payment.PaymentRequest;
import se.egalleria.ordering.application.payment.Payments;
import se.egalleria.ordering.domain.Basket;
import se.egalleria.ordering.domain.BasketItem;
import se.egalleria.ordering.domain.Checkout;
import se.egalleria.ordering.domain.Customer;
import se.egalleria.ordering.domain.CustomerOrder;
import se.egalleria.ordering.domain.Delivery;
import se.egalleria.ordering.domain.DeliveryAddress;
import se.egalleria.shared.ConflictException;
import se.egalleria.shared.Inputs;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.shared.Secrets;
import se.egalleria.shared.mail.OutgoingMail;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.shop.application.DeliveryTerms;
import se.egalleria.shop.application.ShopDirectory;
import se.egalleria.shop.application.ShopSummary;
import se.egalleria.tenancy.application.MunicipalityDirectory;
import se.egalleria.tenancy.application.MunicipalityProfile;
import se.egalleria.tenancy.application.VillageSummary;

/**
 * Places the basket: one order per shop, all in one transaction (all are placed or none), stock
 * taken atomically, prices and VAT captured now. A submission is identified by its idempotency
 * key: sending it again returns the orders it placed instead of placing new ones.
 */
@Stateless
public class Checkouts {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{8,100}");
    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private BasketStore baskets;

    @Inject
    private ProductStock stock;

    @Inject
    private ShopDirectory shops;

    @Inject
    private MunicipalityDirectory municipality;

    @Inject
    private Payments payments;

    @Inject
    private Caller caller;

    @Inject
    private OrderViews orders;

    @Inject
    private Event<OutgoingMail> mail;

    @Inject
    private Access access;

    @Inject
    private OrderingFor orderingFor;

    @Inject
    private ResidentContacts residentContacts;

    @Inject
    private OrganisationTerms organisations;

    @Inject
    private OrganisationOrders organisationOrders;

    /** The ways to pay residents of this municipality can choose from (payment providers' codes), first the default. */
    public List<String> paymentMethods() {
        return payments.available(municipality.current().slug());
    }

    public CheckoutResult place(String basketToken, CheckoutRequest request, String idempotencyKey, LinkContext links) {
        requireKey(idempotencyKey);
        // The basket's lock makes a second submission wait until the first has committed, then find it.
        Basket basket = baskets.find(basketToken, true);
        String digest = Secrets.digest(Secrets.digest(basketToken) + "|" + request);
        Optional<CheckoutResult> earlier = earlier(idempotencyKey, digest);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (request.organisation() != null) {
            CallerIdentity orderer = access.requireAccount();
            OrganisationTerms.UnitTerms unit = organisations.forOrderer(request.organisation());
            return placeBasket(basket, digest, request.forUnit(unit, orderer.email()), idempotencyKey, links,
                    orderer.id(), Origin.organisation(unit, orderer.email()));
        }
        if (request.onBehalfOf() != null) {
            // A relative with the resident's permission or a home-care worker assigned to the resident:
            // the order is the resident's, to the resident's address unless another one is given.
            OrderingFor.Recipient recipient = orderingFor.requireMayOrderFor(request.onBehalfOf());
            return placeBasket(basket, digest, request.withBlanksFrom(residentContacts.of(recipient)), idempotencyKey,
                    links, recipient.residentAccountId(), Origin.onBehalf(recipient.placedBy()));
        }
        Long accountId = caller.identity().filter(c -> !c.isOperator()).map(CallerIdentity::id).orElse(null);
        return placeBasket(basket, digest, request, idempotencyKey, links, accountId, Origin.WEB);
    }

    /**
     * A phone order: the shop's staff enter the resident's order (only this shop's products); it
     * then flows like any other. The resident may have no e-mail address.
     */
    public CheckoutResult placeByPhone(long shopId, CheckoutRequest request, Map<Long, Integer> quantities,
                                       String idempotencyKey, LinkContext links) {
        CallerIdentity staff = access.requireShopManager(shopId);
        requireKey(idempotencyKey);
        String digest = Secrets.digest("phone|" + shopId + "|" + request + "|" + new TreeMap<>(quantities));
        Optional<CheckoutResult> earlier = earlier(idempotencyKey, digest);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (quantities.isEmpty()) {
            throw new InvalidInputException("lines", "error.phoneOrder.noLines");
        }
        Basket basket = new Basket(Secrets.digest(Secrets.newToken()), Instant.now());
        for (Map.Entry<Long, Integer> line : quantities.entrySet()) {
            if (line.getValue() == null || line.getValue() < 1 || line.getValue() > Baskets.MAX_QUANTITY) {
                throw new InvalidInputException("lines", "error.basket.addQuantity", Baskets.MAX_QUANTITY);
            }
            basket.setQuantity(line.getKey(), line.getValue(), Instant.now());
        }
        tenantEm.current().persist(basket);
        return placeBasket(basket, digest, request, idempotencyKey, links, null, Origin.phone(shopId, staff.email()));
    }

    /**
     * How an order came in: on the web by the resident, on the phone by a shop's staff (only that
     * shop's products), or by someone the resident allowed to order for them.
     */
    private record Origin(String placedBy, Long phoneShopId, boolean onBehalf, OrganisationTerms.UnitTerms unit) {

        static final Origin WEB = new Origin(null, null, false, null);

        static Origin phone(long shopId, String staff) {
            return new Origin(staff, shopId, false, null);
        }

        static Origin onBehalf(String delegate) {
            return new Origin(delegate, null, true, null);
        }

        static Origin organisation(OrganisationTerms.UnitTerms unit, String orderer) {
            return new Origin(orderer, null, false, unit);
        }

        boolean isOrganisation() {
            return unit != null;
        }

        boolean isPhone() {
            return phoneShopId != null;
        }

        void mark(CustomerOrder order) {
            if (isPhone()) {
                order.takenOnPhoneBy(placedBy);
            } else if (onBehalf) {
                order.placedOnBehalfBy(placedBy);
            } else if (isOrganisation()) {
                order.placedForOrganisation(unit.unitId(), unit.name(), placedBy);
            }
        }
    }

    static void requireKey(String idempotencyKey) {
        if (idempotencyKey == null || !KEY.matcher(idempotencyKey).matches()) {
            throw new InvalidInputException("Idempotency-Key", "error.checkout.key");
        }
    }

    /** The orders an earlier submission with this key placed; the same key for another request is a mistake. */
    private Optional<CheckoutResult> earlier(String idempotencyKey, String digest) {
        Optional<Checkout> earlier = tenantEm.current().createNamedQuery(Checkout.BY_KEY, Checkout.class)
                .setParameter("key", idempotencyKey).getResultStream().findFirst();
        if (earlier.isPresent() && !earlier.get().isSameRequest(digest)) {
            throw new ConflictException("error.checkout.keyReused");
        }
        return earlier.map(c -> orders.result(c, true));
    }

    private CheckoutResult placeBasket(Basket basket, String digest, CheckoutRequest request, String idempotencyKey,
                                       LinkContext links, Long accountId, Origin origin) {
        EntityManager em = tenantEm.current();
        if (basket.items().isEmpty()) {
            throw new ConflictException("error.checkout.emptyBasket");
        }
        MunicipalityProfile profile = municipality.current();
        ValidContact contact = validContact(request, profile, !origin.isPhone());
        PaymentProvider payment = paymentProvider(request.payment(), profile.slug());

        Map<Long, Integer> quantities = basket.items().stream()
                .collect(Collectors.toMap(BasketItem::productId, BasketItem::quantity));
        Map<Long, List<SoldProduct>> soldByShop = stock.reserve(quantities).stream()
                .collect(Collectors.groupingBy(SoldProduct::shopId, LinkedHashMap::new, Collectors.toList()));
        if (origin.isOrganisation()) {
            soldByShop = UnitPurchase.atAgreedPrices(origin.unit(), soldByShop, shops.namesById());
        }
        List<String> closed = shops.closedAmong(soldByShop.keySet());
        if (!closed.isEmpty()) {
            // A shop suspended (or not yet approved) after its goods went into the basket sells nothing.
            throw new ConflictException("error.checkout.shopClosed", String.join(", ", closed));
        }
        if (origin.isPhone() && !soldByShop.keySet().equals(Set.of(origin.phoneShopId()))) {
            throw new InvalidInputException("lines", "error.phoneOrder.otherShop");
        }
        // A unit pays no resident's home-delivery fee: delivery is part of its agreement with the shop.
        Map<Long, Delivery> deliveries = deliveries(request, soldByShop, contact, profile,
                origin.isOrganisation() ? 0 : profile.deliveryFeeOre());
        Set<Long> aboveLimit = origin.isOrganisation() ? aboveLimit(origin.unit(), soldByShop) : Set.of();

        // Whole seconds, as MariaDB keeps them here: a retried submission answers with the very same
        // times as the first, on every database.
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Checkout checkout = new Checkout(idempotencyKey, digest, Secrets.newToken(), accountId, now);
        em.persist(checkout);
        try {
            em.flush();
        } catch (PersistenceException e) {
            // The same key, sent at the same moment for another basket: the unique key let one through.
            throw new ConflictException("error.checkout.inProgress");
        }
        String locale = links.locale().getLanguage();
        List<CustomerOrder> placed = new ArrayList<>();
        for (Map.Entry<Long, List<SoldProduct>> shop : soldByShop.entrySet()) {
            CustomerOrder order = new CustomerOrder(checkout.id(), shop.getKey(), accountId, contact.customer(),
                    contact.address(), deliveries.get(shop.getKey()), payment.code(), locale, now);
            origin.mark(order);
            for (SoldProduct p : shop.getValue()) {
                order.addLine(p.productId(), p.name(), p.ean(), p.unit(), p.storage(), p.quantity(), p.unitPriceOre(),
                        p.vatPercent());
            }
            if (aboveLimit.contains(shop.getKey())) {
                order.awaitApproval();
            }
            em.persist(order);
            placed.add(order);
        }
        em.flush();
        for (CustomerOrder order : placed) {
            PaymentOutcome outcome = payment.start(new PaymentRequest(order.number(), order.shopId(),
                    order.totalOre(), order.customer().email(), locale));
            if (outcome == null || outcome.result() == PaymentOutcome.Result.FAILED) {
                // Thrown: the orders and the stock taken roll back, and the resident chooses another way.
                throw new InvalidInputException("payment", "error.checkout.paymentFailed");
            }
            order.paymentStarted(outcome.status(), outcome.redirectUrl());
        }
        basket.empty(now);
        CheckoutResult result = orders.result(checkout, placed, false);
        for (OrderDetail order : result.orders()) {
            if (!order.email().isBlank()) {
                mail.fire(OrderMails.confirmation(order, profile.name(), OrderViews.followLink(links, order.number(),
                        checkout.followToken()), links.locale()));
            }
        }
        return result;
    }

    /**
     * The shops where this order would take the unit past its monthly limit and the agreement asks
     * for approval; where the agreement refuses instead, the whole checkout is refused. The month is
     * the Swedish one; the agreements are locked (see OrganisationTerms), so the sum holds till commit.
     */
    private Set<Long> aboveLimit(OrganisationTerms.UnitTerms unit, Map<Long, List<SoldProduct>> soldByShop) {
        java.time.YearMonth month = java.time.YearMonth.from(RouteDates.today());
        Map<Long, String> names = shops.namesById();
        Set<Long> awaiting = new java.util.HashSet<>();
        for (Map.Entry<Long, List<SoldProduct>> shop : soldByShop.entrySet()) {
            OrganisationTerms.Agreement agreement = unit.agreementsByShop().get(shop.getKey());
            long total = shop.getValue().stream().mapToLong(p -> p.unitPriceOre() * p.quantity()).sum();
            long spent = organisationOrders.spentOre(unit.unitId(), shop.getKey(), month);
            if (spent + total <= agreement.monthlyLimitOre()) {
                continue;
            }
            if (!agreement.approvalAboveLimit()) {
                throw new OrganisationLimitExceededException(unit.name(), names.get(shop.getKey()),
                        OrderMails.kronor(agreement.monthlyLimitOre()),
                        OrderMails.kronor(Math.max(0, agreement.monthlyLimitOre() - spent)), OrderMails.kronor(total));
            }
            awaiting.add(shop.getKey());
        }
        return awaiting;
    }

    private Map<Long, Delivery> deliveries(CheckoutRequest request, Map<Long, List<SoldProduct>> soldByShop,
                                           ValidContact contact, MunicipalityProfile profile, long feeOre) {
        Map<Long, DeliveryTerms> terms = shops.deliveryTerms(soldByShop.keySet());
        Map<Long, CheckoutRequest.ShopChoice> choices = new LinkedHashMap<>();
        for (CheckoutRequest.ShopChoice choice : request.shops()) {
            if (choice != null && choice.shopId() != null) {
                choices.putIfAbsent(choice.shopId(), choice);
            }
        }
        Set<Long> servicePoints = shops.servicePoints().stream().map(ShopSummary::id).collect(Collectors.toSet());
        LocalDate today = RouteDates.today();
        Map<Long, Delivery> deliveries = new LinkedHashMap<>();
        for (Map.Entry<Long, List<SoldProduct>> shop : soldByShop.entrySet()) {
            DeliveryTerms shopTerms = terms.get(shop.getKey());
            CheckoutRequest.ShopChoice choice = choices.get(shop.getKey());
            if (choice == null) {
                throw new InvalidInputException("shops." + shop.getKey() + ".delivery",
                        "error.checkout.deliveryMissing", shopTerms.shopName());
            }
            long itemsTotal = shop.getValue().stream().mapToLong(p -> p.unitPriceOre() * p.quantity()).sum();
            deliveries.put(shop.getKey(), DeliveryRules.decide(shopTerms, choice, contact.address().villageId(),
                    contact.villageName(), itemsTotal, feeOre, servicePoints, today));
        }
        return deliveries;
    }

    private static ValidContact validContact(CheckoutRequest request, MunicipalityProfile profile,
                                             boolean emailRequired) {
        String name = Inputs.required("name", request.name(), 120);
        String email = !emailRequired && (request.email() == null || request.email().isBlank()) ? ""
                : Inputs.email("email", request.email());
        String phone = Inputs.phone("phone", request.phone());
        String street = Inputs.required("street", request.street(), 200);
        String postalCode = Inputs.required("postalCode", request.postalCode(), 10).replace(" ", "");
        if (!POSTAL_CODE.matcher(postalCode).matches()) {
            throw new InvalidInputException("postalCode", "error.checkout.postalCode");
        }
        if (request.villageId() == null) {
            throw new InvalidInputException("villageId", "error.input.required");
        }
        VillageSummary village = profile.villages().stream().filter(v -> v.id() == request.villageId()).findFirst()
                .orElseThrow(() -> new InvalidInputException("villageId", "error.checkout.village"));
        String instructions = Inputs.optional("instructions", request.instructions(), 500);
        return new ValidContact(new Customer(name, email, phone),
                new DeliveryAddress(street, postalCode, village.id(), instructions == null ? "" : instructions),
                village.name());
    }

    private PaymentProvider paymentProvider(String code, String municipalitySlug) {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException("payment", "error.input.required");
        }
        return payments.provider(code.trim(), municipalitySlug)
                .orElseThrow(() -> new InvalidInputException("payment", "error.checkout.payment"));
    }

    private record ValidContact(Customer customer, DeliveryAddress address, String villageName) {
    }
}
