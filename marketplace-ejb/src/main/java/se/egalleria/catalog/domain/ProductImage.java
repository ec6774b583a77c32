package se.egalleria.catalog.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import se.egalleria.shared.persistence.TenantOwnedEntity;

/** A product's picture: a display size and a thumbnail, both JPEG. */
@Entity
@Table(name = "product_image")
@NamedQuery(name = ProductImage.OF_PRODUCT, query = "SELECT i FROM ProductImage i WHERE i.productId = :productId")
@NamedQuery(name = ProductImage.PRODUCTS_WITH_IMAGE,
        query = "SELECT i.productId, i.updatedAt FROM ProductImage i WHERE i.productId IN :productIds")
public class ProductImage extends TenantOwnedEntity {

    public static final String OF_PRODUCT = "ProductImage.ofProduct";
    public static final String PRODUCTS_WITH_IMAGE = "ProductImage.productsWithImage";

    @Column(name = "product_id", nullable = false, updatable = false)
    private long productId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "display", nullable = false)
    private byte[] display;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "thumbnail", nullable = false)
    private byte[] thumbnail;

    @Column(name = "width", nullable = false)
    private int width;

    @Column(name = "height", nullable = false)
    private int height;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ProductImage() {
        // for JPA
    }

    public ProductImage(long productId) {
        this.productId = productId;
    }

    public void replace(byte[] displayJpeg, int displayWidth, int displayHeight, byte[] thumbnailJpeg) {
        this.display = displayJpeg.clone();
        this.width = displayWidth;
        this.height = displayHeight;
        this.thumbnail = thumbnailJpeg.clone();
        this.updatedAt = Instant.now();
    }

    public long productId() {
        return productId;
    }

    public byte[] display() {
        return display.clone();
    }

    public byte[] thumbnail() {
        return thumbnail.clone();
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
