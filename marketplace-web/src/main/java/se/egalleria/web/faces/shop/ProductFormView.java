package se.egalleria.web.faces.shop;

import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import se.egalleria.catalog.application.CategoryNode;
import se.egalleria.catalog.application.CategoryTree;
import se.egalleria.catalog.application.csv.PriceText;
import se.egalleria.catalog.application.ProductAdministration;
import se.egalleria.catalog.application.ProductInput;
import se.egalleria.catalog.application.ProductSummary;
import se.egalleria.shared.DomainException;
import se.egalleria.shop.application.ShopDirectory;
import se.egalleria.web.faces.common.FormMessages;
import se.egalleria.web.faces.common.Navigation;

/**
 * A product's form for shop staff: new ({@code ?shop=}) or existing ({@code ?id=}). Prices are
 * typed as people write them ("49,90"); what is typed stays on the form when something is wrong.
 * View scoped: the page's other forms (picture, removal) are rendered depending on which product
 * this is, and must still be there when they are posted back.
 */
@Named
@ViewScoped
public class ProductFormView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> INPUTS = Map.ofEntries(Map.entry("name", "product:name"),
            Map.entry("description", "product:description"), Map.entry("sku", "product:sku"),
            Map.entry("ean", "product:ean"), Map.entry("priceOre", "product:price"),
            Map.entry("vatPercent", "product:vat"), Map.entry("unit", "product:unit"),
            Map.entry("netQuantity", "product:netQuantity"), Map.entry("netQuantityUnit", "product:netQuantityUnit"),
            Map.entry("stock", "product:stock"), Map.entry("storage", "product:storage"),
            Map.entry("categoryId", "product:category"));

    @Inject
    private ProductAdministration products;

    @Inject
    private CategoryTree categories;

    @Inject
    private ShopDirectory shops;

    @Inject
    private FormMessages messages;

    @Inject
    private Navigation navigation;

    private Long shop;
    private Long id;
    private Long version;
    private String name;
    private String description;
    private String sku;
    private String ean;
    private Long categoryId;
    private String price;
    private Integer vatPercent = 12;
    private String unit = "ST";
    private Integer netQuantity;
    private String netQuantityUnit = "G";
    private Integer stock;
    private String storage = "AMBIENT";
    private boolean visible = true;
    private String shopName;
    private Long imageVersion;
    private boolean confirmDeletion;

    /** View action on first display: fills the form from the product being changed. */
    public void load() {
        try {
            if (id != null) {
                ProductSummary p = products.get(id);
                shop = p.shopId();
                version = p.version();
                name = p.name();
                description = p.description();
                sku = p.sku();
                ean = p.ean();
                categoryId = p.categoryId();
                price = PriceText.format(p.priceOre());
                vatPercent = p.vatPercent();
                unit = unitName(p.unit());
                netQuantity = p.netQuantity();
                netQuantityUnit = p.netQuantityUnit() == null ? "G" : p.netQuantityUnit();
                stock = p.stock();
                storage = p.storage();
                visible = p.visible();
                imageVersion = p.imageVersion();
            }
            if (shop != null) {
                shopName = shops.get(shop).name();
            }
        } catch (DomainException e) {
            messages.show(e, Map.of());
        }
    }

    public void save() {
        try {
            ProductInput input = new ProductInput(sku, ean, name, description, categoryId,
                    PriceText.toOre("priceOre", price), vatPercent, unit, netQuantity,
                    netQuantity == null ? null : netQuantityUnit, stock, storage, visible, version);
            ProductSummary saved = id == null ? products.create(shop, input) : products.update(id, input);
            messages.info("shop.product.saved", saved.name());
            messages.keepForRedirect();
            navigation.redirect("/shop/products.xhtml?shop=" + saved.shopId());
        } catch (DomainException e) {
            messages.show(e, INPUTS);
        }
    }

    /** Removes the product after the person ticked the confirmation. */
    public void delete() {
        if (!confirmDeletion) {
            messages.errorOn("remove:confirm", "account.delete.confirmFirst");
            return;
        }
        try {
            ProductSummary product = products.get(id);
            products.delete(id);
            messages.info("shop.product.deleted", product.name());
            messages.keepForRedirect();
            navigation.redirect("/shop/products.xhtml?shop=" + product.shopId());
        } catch (DomainException e) {
            messages.show(e, Map.of());
        }
    }

    public boolean isConfirmDeletion() {
        return confirmDeletion;
    }

    public void setConfirmDeletion(boolean confirmDeletion) {
        this.confirmDeletion = confirmDeletion;
    }

    public List<CategoryNode> getCategories() {
        return categories.tree();
    }

    private static String unitName(String label) {
        return switch (label) {
            case "kg" -> "KG";
            case "l" -> "L";
            case "förp" -> "FORP";
            default -> "ST";
        };
    }

    /** The picture's address (thumbnail), or null when the product has none. */
    public Long getImageVersion() {
        return imageVersion;
    }

    public boolean isNew() {
        return id == null;
    }

    public String getShopName() {
        return shopName;
    }

    public Long getShop() {
        return shop;
    }

    public void setShop(Long shop) {
        this.shop = shop;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku;
    }

    public String getEan() {
        return ean;
    }

    public void setEan(String ean) {
        this.ean = ean;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public String getPrice() {
        return price;
    }

    public void setPrice(String price) {
        this.price = price;
    }

    public Integer getVatPercent() {
        return vatPercent;
    }

    public void setVatPercent(Integer vatPercent) {
        this.vatPercent = vatPercent;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Integer getNetQuantity() {
        return netQuantity;
    }

    public void setNetQuantity(Integer netQuantity) {
        this.netQuantity = netQuantity;
    }

    public String getNetQuantityUnit() {
        return netQuantityUnit;
    }

    public void setNetQuantityUnit(String netQuantityUnit) {
        this.netQuantityUnit = netQuantityUnit;
    }

    public Integer getStock() {
        return stock;
    }

    public void setStock(Integer stock) {
        this.stock = stock;
    }

    public String getStorage() {
        return storage;
    }

    public void setStorage(String storage) {
        this.storage = storage;
    }

    public boolean isVisible() {
        return visible;
    }

    public void setVisible(boolean visible) {
        this.visible = visible;
    }
}
