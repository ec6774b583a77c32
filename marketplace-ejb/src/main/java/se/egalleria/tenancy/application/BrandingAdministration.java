package se.egalleria.tenancy.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.egalleria.account.application.Access;
import se.egalleria.account.application.CallerIdentity;
import se.egalleria.audit.AuditLog;
import se.egalleria.shared.ConflictException;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.tenancy.domain.ContactDetails;
import se.egalleria.tenancy.domain.Municipality;

/**
 * The municipality's administrators brand their gallery: name, colours, welcome texts, contact and
 * logo. Colours with too little contrast against white are saved with a warning (the issue asks for
 * a warning; a municipality's house colours may be fixed, and the gallery's own text colours do not
 * depend on them). The gallery shows a change at once on this node (its profile is read again).
 */
@Stateless
public class BrandingAdministration {

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private TenantContext tenantContext;

    @Inject
    private Access access;

    @Inject
    private MunicipalityDirectory directory;

    @Inject
    private AuditLog audit;

    public BrandingDetails current() {
        access.requireAdministrator();
        return details(municipality());
    }

    /** Changes the branding; the caller sends the version it saw (409 when someone changed it since). */
    public BrandingDetails update(BrandingChanges changes) {
        CallerIdentity admin = access.requireAdministrator();
        if (changes == null || changes.version() == null) {
            throw new InvalidInputException("version", "error.input.required");
        }
        BrandingChanges c = BrandingRules.check(changes);
        Municipality m = municipality();
        if (c.version() != m.version()) {
            throw new ConflictException("error.branding.changedMeanwhile");
        }
        List<String> changed = changedFields(m, c);
        m.rebrand(c.name(), c.primaryColor(), c.accentColor(), c.welcomeTextSv(), c.welcomeTextEn(),
                new ContactDetails(c.contactEmail(), c.contactPhone()));
        tenantEm.platform().flush();
        directory.profileChanged();
        audit.record(admin.auditName(), "municipality.branding.updated", "municipality:" + m.slug(),
                changed.isEmpty() ? "-" : String.join(", ", changed));
        return details(m);
    }

    /** Replaces the logo (PNG, JPEG or SVG, checked by content and size). */
    public BrandingDetails replaceLogo(byte[] logo, String declaredType) {
        CallerIdentity admin = access.requireAdministrator();
        String type = BrandingRules.logoType(logo, declaredType);
        Municipality m = municipality();
        m.replaceLogo(logo, type);
        tenantEm.platform().flush();
        directory.profileChanged();
        audit.record(admin.auditName(), "municipality.logo.replaced", "municipality:" + m.slug(),
                type + ", " + logo.length + " bytes");
        return details(m);
    }

    private Municipality municipality() {
        String slug = tenantContext.require();
        return tenantEm.platform().createNamedQuery(Municipality.BY_SLUG, Municipality.class)
                .setParameter("slug", slug).getResultStream().findFirst()
                .orElseThrow(() -> new UnknownMunicipalityException(slug));
    }

    private static BrandingDetails details(Municipality m) {
        String email = m.contact() == null ? null : m.contact().email();
        String phone = m.contact() == null ? null : m.contact().phone();
        return new BrandingDetails(m.name(), m.branding().primaryColor(), m.branding().accentColor(),
                m.branding().welcomeTextSv(), m.branding().welcomeTextEn(), email, phone,
                m.branding().logoContentType() != null, m.version(),
                BrandingRules.warnings(m.branding().primaryColor(), m.branding().accentColor()));
    }

    /** Which fields a change touches, for the audit log (names, not values: texts can be long). */
    private static List<String> changedFields(Municipality m, BrandingChanges c) {
        List<String> changed = new ArrayList<>();
        addIf(changed, "name", m.name(), c.name());
        addIf(changed, "primaryColor", m.branding().primaryColor(), c.primaryColor());
        addIf(changed, "accentColor", m.branding().accentColor(), c.accentColor());
        addIf(changed, "welcomeTextSv", m.branding().welcomeTextSv(), c.welcomeTextSv());
        addIf(changed, "welcomeTextEn", m.branding().welcomeTextEn(), c.welcomeTextEn());
        addIf(changed, "contactEmail", m.contact() == null ? null : m.contact().email(), c.contactEmail());
        addIf(changed, "contactPhone", m.contact() == null ? null : m.contact().phone(), c.contactPhone());
        return changed;
    }

    private static void addIf(List<String> changed, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }
}
