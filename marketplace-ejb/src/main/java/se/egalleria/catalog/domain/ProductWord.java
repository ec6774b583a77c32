package se.egalleria.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import se.egalleria.shared.persistence.TenantOwnedEntity;

/**
 * One word of a product's name or description, in the search index ({@link ProductWords}).
 * Mapped for queries, which then get the municipality's condition like every other; the rows are
 * written in bulk by the catalogue's index, not one entity at a time, and go with their product.
 */
@Entity
@Table(name = "product_word")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", length = 40, contextProperty = TenantOwnedEntity.TENANT_PROPERTY)
@IdClass(ProductWord.Key.class)
public class ProductWord {

    @Id
    @Column(name = "word", nullable = false, updatable = false)
    private String word;

    @Id
    @Column(name = "product_id", nullable = false, updatable = false)
    private long productId;

    protected ProductWord() {
        // for JPA
    }

    public String word() {
        return word;
    }

    public long productId() {
        return productId;
    }

    /** The key within a municipality. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String word;
        private long productId;

        public Key() {
            // for JPA
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.productId == productId && Objects.equals(key.word, word);
        }

        @Override
        public int hashCode() {
            return Objects.hash(word, productId);
        }
    }
}
