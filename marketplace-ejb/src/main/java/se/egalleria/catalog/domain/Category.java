package se.egalleria.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import se.egalleria.shared.persistence.TenantOwnedEntity;

/** A category of the municipality's gallery; a tree through the parent's id. */
@Entity
@Table(name = "category")
@NamedQuery(name = Category.ALL, query = "SELECT c FROM Category c ORDER BY c.position, c.name")
public class Category extends TenantOwnedEntity {

    public static final String ALL = "Category.all";

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "position", nullable = false)
    private int position;

    protected Category() {
        // for JPA
    }

    public Category(Long parentId, String name, int position) {
        this.parentId = parentId;
        this.name = name;
        this.position = position;
    }

    /** The administrator renames the category. */
    public void rename(String name) {
        this.name = name;
    }

    /** The administrator moves the category (with its subtree) under another parent, or to the top (null). */
    public void moveUnder(Long parentId) {
        this.parentId = parentId;
    }

    public long version() {
        return versionNumber();
    }

    public Long parentId() {
        return parentId;
    }

    public String name() {
        return name;
    }

    public int position() {
        return position;
    }
}
