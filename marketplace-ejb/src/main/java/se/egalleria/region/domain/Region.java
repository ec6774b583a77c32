package se.egalleria.region.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;

/**
 * A regional gallery: several municipalities shown together. It refers to its members by slug and
 * owns none of their data; orders stay with the shop's own municipality.
 */
@Entity
@Table(name = "region")
@NamedQuery(name = Region.BY_SLUG, query = "SELECT r FROM Region r WHERE r.slug = :slug")
@NamedQuery(name = Region.ALL, query = "SELECT r FROM Region r ORDER BY r.name, r.id")
public class Region {

    public static final String BY_SLUG = "Region.bySlug";
    public static final String ALL = "Region.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "slug", nullable = false, length = 40, updatable = false)
    private String slug;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "region_member", joinColumns = @JoinColumn(name = "region_id"))
    @Column(name = "municipality_slug", length = 40)
    private Set<String> members = new HashSet<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Region() {
        // for JPA
    }

    public Region(String slug) {
        this.slug = slug;
    }

    /** Names the region and replaces its members. */
    public void describe(String name, Set<String> memberSlugs) {
        this.name = name;
        this.members.retainAll(memberSlugs);
        this.members.addAll(memberSlugs);
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public Set<String> members() {
        return Set.copyOf(members);
    }
}
