package se.egalleria.shared.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Base of every row that belongs to one municipality. EclipseLink adds the tenant condition to
 * every query, find, insert and update, so no service can forget it.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", length = 40, contextProperty = TenantOwnedEntity.TENANT_PROPERTY)
public abstract class TenantOwnedEntity {

    /** EntityManager property naming the tenant (the municipality's slug). */
    public static final String TENANT_PROPERTY = "egalleria.tenant";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    public Long id() {
        return id;
    }

    /** The optimistic-lock version, for clients that send it back with a change. */
    protected long versionNumber() {
        return version;
    }
}
