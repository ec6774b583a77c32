package se.egalleria.region.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import se.egalleria.account.application.Access;
import se.egalleria.account.application.CallerIdentity;
import se.egalleria.audit.AuditLog;
import se.egalleria.region.domain.Region;
import se.egalleria.shared.Inputs;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.shared.NotFoundException;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.tenancy.application.TenantContext;
import se.egalleria.tenancy.config.RegionConfig;
import se.egalleria.tenancy.domain.Municipality;

/** The operator defines regional galleries (on the platform's host); start-up loads tenant-config's. */
@Stateless
public class RegionAdministration {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private TenantContext tenantContext;

    @Inject
    private Access access;

    @Inject
    private AuditLog audit;

    @Inject
    private RegionalGallery gallery;

    /** Creates the region or replaces its name and members. */
    public RegionSummary define(String slug, RegionRequest request) {
        if (tenantContext.current().isPresent()) {
            throw new NotFoundException("error.platform.onPlatformOnly");
        }
        CallerIdentity operator = access.requireOperator();
        RegionRequest r = request == null ? new RegionRequest(null, null) : request;
        String s = slug == null ? "" : slug.strip().toLowerCase(Locale.ROOT);
        if (!SLUG.matcher(s).matches()) {
            throw new InvalidInputException("slug", "error.platform.slug");
        }
        String name = Inputs.required("name", r.name(), 120);
        Set<String> members = new LinkedHashSet<>();
        for (String member : r.members() == null ? List.<String>of() : r.members()) {
            String m = member == null ? "" : member.strip();
            if (tenantEm.platform().createNamedQuery(Municipality.BY_SLUG, Municipality.class).setParameter("slug", m)
                    .getResultStream().findFirst().isEmpty()) {
                throw new InvalidInputException("members", "error.region.member", m);
            }
            members.add(m);
        }
        if (members.isEmpty()) {
            throw new InvalidInputException("members", "error.input.required");
        }
        store(s, name, members);
        audit.record(operator.auditName(), "region.defined", s, String.join(", ", members));
        return gallery.region(s);
    }

    /** A region from tenant-config/regions.yaml (validated there), at start-up. */
    public void configure(RegionConfig config) {
        store(config.slug(), config.name(), Set.copyOf(config.members()));
    }

    private void store(String slug, String name, Set<String> members) {
        Region region = tenantEm.platform().createNamedQuery(Region.BY_SLUG, Region.class).setParameter("slug", slug)
                .getResultStream().findFirst().orElseGet(() -> {
                    Region created = new Region(slug);
                    tenantEm.platform().persist(created);
                    return created;
                });
        region.describe(name, members);
        tenantEm.platform().flush();
    }
}
