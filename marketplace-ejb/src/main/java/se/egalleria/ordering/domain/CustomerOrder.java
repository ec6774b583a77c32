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

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method", nullable = false, length = 30, updatable = false)
    private PaymentMethod paymentMethod;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_status", nullable = false, length = 30)
    private PaymentStatus paymentStatus;

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

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNumber")
    private List<OrderLine> lines = new ArrayList<>();

    protected CustomerOrder() {
        // for JPA
    }

    public CustomerOrder(long checkoutId, long shopId, Long accountId, Customer customer, DeliveryAddress address,
                         Delivery delivery, PaymentMethod paymentMethod, String locale, Instant placedAt) {
        this.checkoutId = checkoutId;
        this.shopId = shopId;
        this.accountId = accountId;
        this.status = OrderStatus.NEW;
        this.customer = customer;
        this.address = address;
        this.deliveryMethod = delivery.method();
        this.deliveryDate = delivery.date();
        this.pickupShopId = delivery.pickupShopId();
        this.deliveryFeeOre = delivery.feeOre();
        this.paymentMethod = paymentMethod;
        this.paymentStatus = paymentMethod == PaymentMethod.INVOICE ? PaymentStatus.INVOICE_TO_SEND
                : PaymentStatus.TO_COLLECT;
        this.locale = locale;
        this.placedAt = placedAt;
        this.totalOre = deliveryFeeOre;
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

    /** A payment provider confirmed the money. */
    public void markPaid() {
        paymentStatus = PaymentStatus.PAID;
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

    public PaymentMethod paymentMethod() {
        return paymentMethod;
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

    public List<OrderLine> lines() {
        return List.copyOf(lines);
    }

    public String number() {
        return OrderNumber.of(id());
    }
}
