package se.egalleria.ordering.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.egalleria.shared.persistence.TenantOwnedEntity;

/**
 * A resident's order from one shop. Everything the shop needs is copied in when it is placed
 * (names, prices, VAT, address), so later changes to the catalogue never change an order.
 */
@Entity
@Table(name = "customer_order")
@NamedQuery(name = CustomerOrder.OF_CHECKOUT,
        query = "SELECT o FROM CustomerOrder o WHERE o.checkoutId = :checkoutId ORDER BY o.id")
public class CustomerOrder extends TenantOwnedEntity {

    public static final String OF_CHECKOUT = "CustomerOrder.ofCheckout";

    @Column(name = "checkout_id", nullable = false, updatable = false)
    private long checkoutId;

    @Column(name = "shop_id", nullable = false, updatable = false)
    private long shopId;

    @Column(name = "account_id")
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private OrderStatus status;

    @Embedded
    private Customer customer;

    @Embedded
    private DeliveryAddress address;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_method", nullable = false, length = 30, updatable = false)
    private DeliveryMethod deliveryMethod;

    @Column(name = "delivery_date")
    private LocalDate deliveryDate;

    @Column(name = "pickup_shop_id")
    private Long pickupShopId;

    /** The payment provider's code: providers plug in without a change here. */
    @Column(name = "payment_method", nullable = false, length = 30, updatable = false)
    private String paymentMethod;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_status", nullable = false, length = 30)
    private PaymentStatus paymentStatus;

    @Column(name = "payment_url", length = 500)
    private String paymentUrl;

    @Column(name = "items_total_ore", nullable = false)
    private long itemsTotalOre;

    @Column(name = "delivery_fee_ore", nullable = false)
    private long deliveryFeeOre;

    @Column(name = "total_ore", nullable = false)
    private long totalOre;

    @Column(name = "locale", nullable = false, length = 10, updatable = false)
    private String locale;

    @Column(name = "placed_at", nullable = false, updatable = false)
    private Instant placedAt;

    @Column(name = "carrier_id")
    private Long carrierId;

    @Column(name = "channel", nullable = false, length = 10, updatable = false)
    private String channel = "WEB";

    @Column(name = "placed_by", length = 190, updatable = false)
    private String placedBy;

    /** The municipal unit (organisation customer) the order was placed for; null for residents. */
    @Column(name = "organisation_unit_id", updatable = false)
    private Long organisationUnitId;

    @Column(name = "organisation_name", length = 120, updatable = false)
    private String organisationName;

    @Column(name = "customer_phone_digits", nullable = false, length = 40)
    private String phoneDigits;

    @Column(name = "status_changed_at")
    private Instant statusChangedAt;

    @Column(name = "status_note", nullable = false, length = 500)
    private String statusNote = "";

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "recipient_confirmed", nullable = false)
    private boolean recipientConfirmed;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNumber")
    private List<OrderLine> lines = new ArrayList<>();

    protected CustomerOrder() {
        // for JPA
    }

    public CustomerOrder(long checkoutId, long shopId, Long accountId, Customer customer, DeliveryAddress address,
                         Delivery delivery, String paymentMethod, String locale, Instant placedAt) {
        this.checkoutId = checkoutId;
        this.shopId = shopId;
        this.accountId = accountId;
        this.status = OrderStatus.NEW;
        this.customer = customer;
        this.phoneDigits = phoneDigits(customer.phone());
        this.address = address;
        this.deliveryMethod = delivery.method();
        this.deliveryDate = delivery.date();
        this.pickupShopId = delivery.pickupShopId();
        this.deliveryFeeOre = delivery.feeOre();
        this.paymentMethod = paymentMethod;
        // Until the provider has answered, within the same transaction (see paymentStarted).
        this.paymentStatus = PaymentStatus.AWAITING_PAYMENT;
        this.locale = locale;
        this.placedAt = placedAt;
        this.statusChangedAt = placedAt;
        this.totalOre = deliveryFeeOre;
    }

    /**
     * The resident deleted their account: the order keeps what bookkeeping and the subsidy report
     * need (items, amounts, village, dates) but no longer who, where exactly or how to reach them.
     * Orders still on their way keep the address until delivered; see {@link #isClosedForPrivacy()}.
     */
    public void anonymise() {
        customer = new Customer("–", "", "");
        address = new DeliveryAddress("–", "00000", address.villageId(), "");
        phoneDigits = "";
        accountId = null;
    }

    /** Nothing more will be delivered or picked up: the personal data can go. */
    public boolean isClosedForPrivacy() {
        return status.isClosed() || status == OrderStatus.DELIVERY_FAILED;
    }

    /** A phone number as digits only, so that "070-123 45 67" and "0701234567" find the same resident. */
    public static String phoneDigits(String phone) {
        return phone == null ? "" : phone.replaceAll("[^0-9]", "");
    }

    /** The shop took this order on the phone; {@code staff} is who entered it. */
    public void takenOnPhoneBy(String staff) {
        this.channel = "PHONE";
        this.placedBy = staff;
    }

    /** Placed by someone the resident allowed to order for them. */
    public void placedOnBehalfBy(String delegate) {
        this.channel = "ON_BEHALF";
        this.placedBy = delegate;
    }

    /** Placed by an orderer of a municipal unit, under the unit's framework agreement with the shop. */
    public void placedForOrganisation(long unitId, String unitName, String orderer) {
        this.organisationUnitId = unitId;
        this.organisationName = unitName;
        this.placedBy = orderer;
    }

    /** Above the unit's monthly limit: the municipality decides before the shop sees the order. */
    public void awaitApproval() {
        if (status != OrderStatus.NEW || organisationUnitId == null) {
            throw new IllegalStateException("Order " + id() + " cannot wait for approval");
        }
        status = OrderStatus.AWAITING_APPROVAL;
    }

    /** The municipality approves an order above the limit: it reaches the shop as a new order. */
    public void approve(String note, Instant now) {
        requireAwaitingApproval();
        status = OrderStatus.NEW;
        statusNote = note == null ? "" : note;
        statusChangedAt = now;
    }

    /** The municipality turns an order above the limit down; the caller puts the units back in stock. */
    public void refuseApproval(String reason, Instant now) {
        requireAwaitingApproval();
        status = OrderStatus.REJECTED;
        statusNote = reason;
        statusChangedAt = now;
    }

    private void requireAwaitingApproval() {
        if (status != OrderStatus.AWAITING_APPROVAL) {
            throw new IllegalStateException("Order " + id() + " is not awaiting approval");
        }
    }

    public Long organisationUnitId() {
        return organisationUnitId;
    }

    public String organisationName() {
        return organisationName;
    }

    public String channel() {
        return channel;
    }

    public String placedBy() {
        return placedBy;
    }

    /**
     * Moves the order on in its workflow. Home delivery goes through a carrier, pickup orders
     * through "ready for pickup"; any other step is refused.
     */
    public void moveTo(OrderStatus next, String note, Instant now) {
        if (!canMoveTo(next)) {
            throw new IllegalStateException("Order " + id() + " cannot go from " + status + " to " + next);
        }
        if (next == OrderStatus.HANDED_TO_CARRIER && carrierId == null) {
            throw new IllegalStateException("Order " + id() + " has no carrier");
        }
        status = next;
        statusNote = note == null ? "" : note;
        statusChangedAt = now;
    }

    public boolean canMoveTo(OrderStatus next) {
        boolean homeDelivery = deliveryMethod == DeliveryMethod.HOME_DELIVERY;
        boolean rightPath = switch (next) {
            case HANDED_TO_CARRIER, DELIVERED, DELIVERY_FAILED -> homeDelivery;
            case READY_FOR_PICKUP, PICKED_UP -> !homeDelivery;
            default -> true;
        };
        return rightPath && next.reachableFrom().contains(status);
    }

    /** The carrier records the delivery: when, an optional note, whether the recipient confirmed it. */
    public void deliver(Instant at, String note, boolean confirmedByRecipient, Instant now) {
        moveTo(OrderStatus.DELIVERED, note, now);
        deliveredAt = at;
        recipientConfirmed = confirmedByRecipient;
    }

    /** Who carries a home delivery; the shop may change it until the carrier has it. */
    public void assignCarrier(long carrierId) {
        if (deliveryMethod != DeliveryMethod.HOME_DELIVERY) {
            throw new IllegalStateException("Order " + id() + " is not delivered home");
        }
        if (status != OrderStatus.NEW && status != OrderStatus.ACCEPTED && status != OrderStatus.PACKED
                && status != OrderStatus.DELIVERY_FAILED) {
            throw new IllegalStateException("Order " + id() + " is already with its carrier");
        }
        this.carrierId = carrierId;
    }

    /** Adds a line at the price and VAT rate of this moment. */
    public void addLine(long productId, String name, String ean, String unit, String storage, int quantity,
                        long unitPriceOre, int vatPercent) {
        OrderLine line = new OrderLine(this, lines.size() + 1, productId, name, ean, unit, storage, quantity,
                unitPriceOre, vatPercent);
        lines.add(line);
        itemsTotalOre += line.lineTotalOre();
        totalOre = itemsTotalOre + deliveryFeeOre;
    }

    /** What the payment provider answered when the order was placed, and where the resident pays, if anywhere. */
    public void paymentStarted(PaymentStatus status, String url) {
        if (status == null) {
            throw new IllegalArgumentException("A started payment has a status");
        }
        paymentStatus = status;
        paymentUrl = url;
    }

    /** A payment provider confirmed the money. */
    public void markPaid() {
        paymentStatus = PaymentStatus.PAID;
        paymentUrl = null;
    }

    public long checkoutId() {
        return checkoutId;
    }

    public long shopId() {
        return shopId;
    }

    public Long accountId() {
        return accountId;
    }

    public OrderStatus status() {
        return status;
    }

    public Customer customer() {
        return customer;
    }

    public DeliveryAddress address() {
        return address;
    }

    public DeliveryMethod deliveryMethod() {
        return deliveryMethod;
    }

    public LocalDate deliveryDate() {
        return deliveryDate;
    }

    public Long pickupShopId() {
        return pickupShopId;
    }

    public String paymentMethod() {
        return paymentMethod;
    }

    /** The provider's page where the resident pays; null when there is none. */
    public String paymentUrl() {
        return paymentUrl;
    }

    public PaymentStatus paymentStatus() {
        return paymentStatus;
    }

    public long itemsTotalOre() {
        return itemsTotalOre;
    }

    public long deliveryFeeOre() {
        return deliveryFeeOre;
    }

    public long totalOre() {
        return totalOre;
    }

    public String locale() {
        return locale;
    }

    public Instant placedAt() {
        return placedAt;
    }

    public Long carrierId() {
        return carrierId;
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }

    public String statusNote() {
        return statusNote;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public boolean isRecipientConfirmed() {
        return recipientConfirmed;
    }

    public List<OrderLine> lines() {
        return List.copyOf(lines);
    }

    public String number() {
        return OrderNumber.of(id());
    }
}
