package se.egalleria.tenancy.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A municipality running its own gallery: the tenant. Its slug is the tenant id written on every
 * row it owns, so it never changes once created.
 */
@Entity
@Table(name = "municipality")
@NamedQuery(name = Municipality.BY_SLUG, query = "SELECT m FROM Municipality m WHERE m.slug = :slug")
@NamedQuery(name = Municipality.SLUG_BY_HOST,
        query = "SELECT m.slug FROM Municipality m JOIN m.hostNames h WHERE h = :host AND m.active = TRUE")
@NamedQuery(name = Municipality.ALL_ACTIVE,
        query = "SELECT m FROM Municipality m WHERE m.active = TRUE ORDER BY m.name")
@NamedQuery(name = Municipality.ALL, query = "SELECT m FROM Municipality m ORDER BY m.name, m.id")
@NamedQuery(name = Municipality.OWNER_OF_HOST,
        query = "SELECT m.slug FROM Municipality m JOIN m.hostNames h WHERE h = :host")
public class Municipality {

    public static final String BY_SLUG = "Municipality.bySlug";
    public static final String SLUG_BY_HOST = "Municipality.slugByHost";
    public static final String ALL_ACTIVE = "Municipality.allActive";
    public static final String ALL = "Municipality.all";
    /** Which municipality has the host name, suspended or not. */
    public static final String OWNER_OF_HOST = "Municipality.ownerOfHost";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "slug", nullable = false, length = 40, updatable = false)
    private String slug;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "county", nullable = false, length = 120)
    private String county;

    @Column(name = "default_locale", nullable = false, length = 10)
    private String defaultLocale;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "municipality_host", joinColumns = @JoinColumn(name = "municipality_id"))
    @Column(name = "host_name", length = 190)
    private Set<String> hostNames = new HashSet<>();

    @Embedded
    private Branding branding;

    @Embedded
    private ContactDetails contact;

    @Embedded
    private HomeDeliverySettings homeDelivery;

    @Embedded
    private SubsidyRules subsidyRules = new SubsidyRules(0, 0, 0, 0, 10000, 5920000);

    @Embedded
    private TripSubsidyRules tripRules = TripSubsidyRules.none();

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "delivery_rules_changed_at")
    private Instant deliveryRulesChangedAt;

    @Column(name = "villages_changed_at")
    private Instant villagesChangedAt;

    @Column(name = "carriers_changed_at")
    private Instant carriersChangedAt;

    @Column(name = "branding_changed_at")
    private Instant brandingChangedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Municipality() {
        // for JPA
    }

    public Municipality(String slug, String name) {
        this.slug = slug;
        this.name = name;
        this.active = true;
    }

    /** Replaces everything the municipality's configuration describes. */
    public void configure(String name, String county, String defaultLocale, Set<String> hostNames,
                          Branding branding, ContactDetails contact, HomeDeliverySettings homeDelivery) {
        this.county = county;
        this.defaultLocale = defaultLocale;
        this.hostNames.retainAll(hostNames);
        this.hostNames.addAll(hostNames);
        // What the administrator set in the console wins over the file's starting values.
        if (!brandingSetInConsole()) {
            this.name = name;
            this.branding = branding;
            this.contact = contact;
        }
        this.homeDelivery = homeDelivery;
        // Not reactivated here: a municipality the operator suspended stays closed when the
        // configuration is loaded again at the next start.
    }

    /** The gallery closes: its hosts answer "closed", its data stays as it is. */
    public void suspend() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    /** The administrator's change of how the gallery looks and how residents reach the municipality. */
    public void rebrand(String name, String primaryColor, String accentColor, String welcomeTextSv,
                        String welcomeTextEn, ContactDetails contact) {
        this.name = name;
        this.branding = branding.restyled(primaryColor, accentColor, welcomeTextSv, welcomeTextEn);
        this.contact = contact;
        this.brandingChangedAt = Instant.now();
    }

    /** A new logo, already checked (type and size). */
    public void replaceLogo(byte[] logo, String contentType) {
        this.branding = branding.withLogo(logo, contentType);
        this.brandingChangedAt = Instant.now();
    }

    /** Whether the console has changed the look or contact details, so tenant-config's no longer apply. */
    public boolean brandingSetInConsole() {
        return brandingChangedAt != null;
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public String county() {
        return county;
    }

    public String defaultLocale() {
        return defaultLocale;
    }

    public Set<String> hostNames() {
        return Set.copyOf(hostNames);
    }

    public Branding branding() {
        return branding;
    }

    public ContactDetails contact() {
        return contact;
    }

    /** The rules its home-delivery subsidy follows. */
    public void governSubsidyBy(SubsidyRules rules) {
        this.subsidyRules = rules;
    }

    public SubsidyRules subsidyRules() {
        return subsidyRules;
    }

    public HomeDeliverySettings homeDelivery() {
        return homeDelivery;
    }

    public boolean isActive() {
        return active;
    }

    public long version() {
        return version;
    }

    /** The administrator sets the fee, who is eligible and the subsidy rules (in the console). */
    public void changeDeliveryRules(HomeDeliverySettings homeDelivery, SubsidyRules rules, Instant now) {
        this.homeDelivery = homeDelivery;
        this.subsidyRules = rules;
        this.deliveryRulesChangedAt = now;
    }

    /** The administrator sets the rules for shopping trips (in the console, with the delivery rules). */
    public void changeTripRules(TripSubsidyRules rules) {
        this.tripRules = rules;
    }

    /** Its rules for shopping trips, never null (V25 gives every municipality the defaults). */
    public TripSubsidyRules tripRules() {
        return tripRules == null ? TripSubsidyRules.none() : tripRules;
    }

    /** Whether the console has set the delivery rules, so tenant-config's values no longer apply. */
    public boolean deliveryRulesSetInConsole() {
        return deliveryRulesChangedAt != null;
    }

    /** The administrator added, changed or removed a village in the console (from now on the console keeps them). */
    public void villagesChangedInConsole(Instant now) {
        // Only the first time: the municipality's version (which the rules page sends back) stays put.
        if (this.villagesChangedAt == null) {
            this.villagesChangedAt = now;
        }
    }

    /** Whether the console manages the villages, so tenant-config's list no longer applies. */
    public boolean villagesSetInConsole() {
        return villagesChangedAt != null;
    }

    /** The administrator added, changed or removed a carrier in the console. */
    public void carriersChangedInConsole(Instant now) {
        // Only the first time: the municipality's version (which the rules page sends back) stays put.
        if (this.carriersChangedAt == null) {
            this.carriersChangedAt = now;
        }
    }

    /** Whether the console manages the carriers, so tenant-config's list no longer applies. */
    public boolean carriersSetInConsole() {
        return carriersChangedAt != null;
    }
}
