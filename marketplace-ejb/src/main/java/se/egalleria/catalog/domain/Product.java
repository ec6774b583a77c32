package se.egalleria.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import se.egalleria.shared.persistence.TenantOwnedEntity;
import se.egalleria.shop.domain.Shop;

/** A product a shop sells. Its price includes VAT, in öre; the shop refers to it by SKU or EAN. */
@Entity
@Table(name = "product")
@NamedQuery(name = Product.OF_SHOP, query = "SELECT p FROM Product p WHERE p.shopId = :shopId ORDER BY p.name, p.id")
// The open shops are given as a list: as a subquery, MariaDB read the products shop by shop
// instead of one index range (bench/README.md).
@NamedQuery(name = Product.COUNT_VISIBLE_BY_CATEGORY,
        query = "SELECT p.categoryId, COUNT(p) FROM Product p WHERE p.visible = TRUE AND p.shopId IN :openShops"
                + " GROUP BY p.categoryId")
@NamedQuery(name = Product.VISIBLE_BY_IDS,
        query = "SELECT p FROM Product p WHERE p.id IN :ids AND p.visible = TRUE AND p.shopId IN :openShops")
@NamedQuery(name = Product.COUNT_VISIBLE_BY_SHOP,
        query = "SELECT p.shopId, COUNT(p) FROM Product p WHERE p.visible = TRUE AND p.shopId IN ("
                + Shop.OPEN_IDS + ") GROUP BY p.shopId")
public class Product extends TenantOwnedEntity {

    public static final String OF_SHOP = "Product.ofShop";
    public static final String COUNT_VISIBLE_BY_CATEGORY = "Product.countVisibleByCategory";
    public static final String COUNT_VISIBLE_BY_SHOP = "Product.countVisibleByShop";
    public static final String VISIBLE_BY_IDS = "Product.visibleByIds";

    @Column(name = "shop_id", nullable = false, updatable = false)
    private long shopId;

    @Column(name = "sku", length = 40)
    private String sku;

    @Column(name = "ean", length = 14)
    private String ean;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "category_id")
    private Long categoryId;

    @Column(name = "price_ore", nullable = false)
    private long priceOre;

    @Convert(converter = VatRateConverter.class)
    @Column(name = "vat_percent", nullable = false)
    private VatRate vat;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit", nullable = false, length = 10)
    private Unit unit;

    @Embedded
    private NetQuantity netQuantity;

    @Column(name = "stock")
    private Integer stock;

    @Enumerated(EnumType.STRING)
    @Column(name = "storage_class", nullable = false, length = 10)
    private StorageClass storage;

    @Column(name = "visible", nullable = false)
    private boolean visible;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Product() {
        // for JPA
    }

    public Product(long shopId, ProductDetails details) {
        this.shopId = shopId;
        this.createdAt = Instant.now();
        describe(details);
    }

    /** Replaces everything the shop says about the product. */
    public final void describe(ProductDetails d) {
        this.sku = d.sku();
        this.ean = d.ean();
        this.name = d.name();
        this.description = d.description();
        this.categoryId = d.categoryId();
        this.priceOre = d.priceOre();
        this.vat = d.vat();
        this.unit = d.unit();
        this.netQuantity = d.netQuantity();
        this.stock = d.stock();
        this.storage = d.storage();
        this.visible = d.visible();
        this.updatedAt = Instant.now();
    }

    public long shopId() {
        return shopId;
    }

    public String sku() {
        return sku;
    }

    public String ean() {
        return ean;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public Long categoryId() {
        return categoryId;
    }

    public long priceOre() {
        return priceOre;
    }

    public VatRate vat() {
        return vat;
    }

    public Unit unit() {
        return unit;
    }

    public NetQuantity netQuantity() {
        return netQuantity != null && netQuantity.isPresent() ? netQuantity : null;
    }

    /** Takes sold units from the stock; a product that is always available has no count to lower. */
    public void take(int quantity) {
        if (quantity < 1) {
            throw new IllegalArgumentException("Take at least one unit");
        }
        if (stock != null) {
            if (stock < quantity) {
                throw new IllegalStateException("Only " + stock + " left of product " + id());
            }
            stock -= quantity;
        }
    }

    /** Units of a cancelled sale come back into stock. */
    public void putBack(int quantity) {
        if (stock != null && quantity > 0) {
            stock += quantity;
        }
    }

    /** Whether this many units can be sold now. */
    public boolean canSupply(int quantity) {
        return visible && (stock == null || stock >= quantity);
    }

    public Integer stock() {
        return stock;
    }

    public StorageClass storage() {
        return storage;
    }

    public boolean isVisible() {
        return visible;
    }

    public long version() {
        return versionNumber();
    }
}
