package se.egalleria.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import se.egalleria.shared.persistence.TenantOwnedEntity;

/** A village of the municipality: where residents live and where deliveries go. */
@Entity
@Table(name = "village")
@NamedQuery(name = Village.ALL, query = "SELECT v FROM Village v ORDER BY v.name")
@NamedQuery(name = Village.BY_NAME, query = "SELECT v FROM Village v WHERE v.name = :name")
public class Village extends TenantOwnedEntity {

    public static final String ALL = "Village.all";
    public static final String BY_NAME = "Village.byName";

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "latitude", nullable = false, precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(name = "longitude", nullable = false, precision = 9, scale = 6)
    private BigDecimal longitude;

    @Column(name = "households")
    private Integer households;

    protected Village() {
        // for JPA
    }

    public Village(String name) {
        this.name = name;
    }

    public void place(BigDecimal latitude, BigDecimal longitude, Integer households) {
        this.latitude = latitude;
        this.longitude = longitude;
        this.households = households;
    }

    /** The administrator renames the village (names are unique in the municipality). */
    public void rename(String name) {
        this.name = name;
    }

    public long version() {
        return versionNumber();
    }

    public String name() {
        return name;
    }

    public BigDecimal latitude() {
        return latitude;
    }

    public BigDecimal longitude() {
        return longitude;
    }

    public Integer households() {
        return households;
    }
}
