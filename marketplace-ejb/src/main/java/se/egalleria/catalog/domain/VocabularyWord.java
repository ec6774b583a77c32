package se.egalleria.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import se.egalleria.shared.persistence.TenantOwnedEntity;

/**
 * One distinct word of the municipality's products ({@link ProductWord}), for the search's first
 * step: the words containing what was typed. Written in bulk with the product words; a word whose
 * products are all gone stays, and finds nothing.
 */
@Entity
@Table(name = "product_vocabulary")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", length = 40, contextProperty = TenantOwnedEntity.TENANT_PROPERTY)
public class VocabularyWord {

    @Id
    @Column(name = "word", nullable = false, updatable = false)
    private String word;

    protected VocabularyWord() {
        // for JPA
    }

    public String word() {
        return word;
    }
}
