package se.egalleria.platform.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.egalleria.account.application.Access;
import se.egalleria.account.application.CallerIdentity;
import se.egalleria.account.application.Invitations;
import se.egalleria.account.application.LinkContext;
import se.egalleria.account.application.NewInvitation;
import se.egalleria.audit.AuditLog;
import se.egalleria.shared.Inputs;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.shared.NotFoundException;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.tenancy.application.MunicipalityDirectory;
import se.egalleria.tenancy.application.TenantContext;
import se.egalleria.tenancy.config.MunicipalityConfig;
import se.egalleria.tenancy.config.TenantConfigExport;
import se.egalleria.tenancy.config.TenantConfigImporter;
import se.egalleria.tenancy.config.TenantConfigWriter;
import se.egalleria.tenancy.domain.Colours;
import se.egalleria.tenancy.domain.EligibilityGroup;
import se.egalleria.tenancy.domain.Municipality;

/**
 * The platform operator's work on municipalities, on the platform's own host only (inside a gallery
 * these addresses do not exist). A new municipality is written by the same importer as
 * tenant-config/, so a created gallery and a configured one cannot differ; its export is what that
 * importer reads.
 */
@Stateless
public class MunicipalityAdministration {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");
    private static final Pattern HOST = Pattern.compile("[a-z0-9](?:[a-z0-9.-]{0,188}[a-z0-9])?");
    private static final Pattern LOCALE = Pattern.compile("sv|en");
    private static final long MAX_FEE_ORE = 100_000_00;

    @Inject
    private Access access;

    @Inject
    private TenantContext tenantContext;

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private TenantConfigImporter importer;

    @Inject
    private TenantConfigExport export;

    @Inject
    private MunicipalityDirectory municipalities;

    @Inject
    private Invitations invitations;

    @Inject
    private AuditLog audit;

    @Inject
    @ConfigProperty(name = "egalleria.platform-hosts", defaultValue = "localhost,127.0.0.1,[::1]")
    private String platformHosts;

    /** Every municipality, suspended ones too, by name. */
    public List<MunicipalityStatus> list() {
        requireOperatorOnPlatform();
        return tenantEm.platform().createNamedQuery(Municipality.ALL, Municipality.class).getResultStream()
                .map(MunicipalityAdministration::status).toList();
    }

    public MunicipalityStatus get(String slug) {
        requireOperatorOnPlatform();
        return status(find(slug));
    }

    /**
     * Opens a new gallery: usable at once on its hosts (host look-ups that found nothing are not
     * remembered, and the importer drops what is remembered), and its first administrator is invited
     * by e-mail. {@code platformLinks} is the platform's own address; the invitation's link leads into
     * the new gallery under it ({@code /g/{slug}}), which works before its own host name is in DNS.
     */
    public MunicipalityStatus create(NewMunicipality request, LinkContext platformLinks) {
        CallerIdentity operator = requireOperatorOnPlatform();
        NewMunicipality r = request == null
                ? new NewMunicipality(null, null, null, null, null, null, null, null, null, null, null, null, null, null)
                : request;
        MunicipalityConfig config = validated(r);
        String administrator = Inputs.email("administratorEmail", r.administratorEmail());
        importer.importMunicipality(config);

        // The invitation is the new municipality's own (its account, token and mail): from here on
        // this request acts in that gallery, as the operator would after following its link.
        tenantContext.enter(config.slug());
        invitations.invite(new NewInvitation(administrator, "MUNICIPALITY_ADMIN", null, null),
                new LinkContext(platformLinks.galleryBaseUrl() + "/g/" + config.slug(), platformLinks.locale()));
        audit.recordIn(config.slug(), operator.auditName(), "municipality.created", config.slug(),
                String.join(", ", config.hosts()));
        return status(find(config.slug()));
    }

    /** The gallery closes on its hosts (a "closed" answer); accounts, shops and orders stay as they are. */
    public MunicipalityStatus suspend(String slug) {
        return changeState(slug, false);
    }

    public MunicipalityStatus reactivate(String slug) {
        return changeState(slug, true);
    }

    /** The municipality in tenant-config form: municipality.yaml, shops.yaml and the logo, zipped. */
    public ConfigArchive export(String slug) {
        requireOperatorOnPlatform();
        MunicipalityConfig config = export.of(slug).orElseThrow(() -> unknown(slug));
        return new ConfigArchive(config.slug() + "-tenant-config.zip", TenantConfigWriter.zip(config));
    }

    private MunicipalityStatus changeState(String slug, boolean active) {
        CallerIdentity operator = requireOperatorOnPlatform();
        Municipality m = find(slug);
        if (active) {
            m.reactivate();
        } else {
            m.suspend();
        }
        municipalities.changed();
        audit.recordIn(m.slug(), operator.auditName(), active ? "municipality.reactivated" : "municipality.suspended",
                m.slug(), null);
        return status(m);
    }

    private CallerIdentity requireOperatorOnPlatform() {
        if (tenantContext.current().isPresent()) {
            // Inside a gallery the platform's console does not exist (as any unknown address).
            throw new NotFoundException("error.platform.onPlatformOnly");
        }
        return access.requireOperator();
    }

    private Municipality find(String slug) {
        return tenantEm.platform().createNamedQuery(Municipality.BY_SLUG, Municipality.class)
                .setParameter("slug", slug == null ? "" : slug).getResultStream().findFirst()
                .orElseThrow(() -> unknown(slug));
    }

    private static NotFoundException unknown(String slug) {
        return new NotFoundException("error.platform.unknownMunicipality", String.valueOf(slug));
    }

    private MunicipalityConfig validated(NewMunicipality r) {
        String slug = Inputs.required("slug", r.slug(), 40).toLowerCase(Locale.ROOT);
        if (!SLUG.matcher(slug).matches()) {
            throw new InvalidInputException("slug", "error.platform.slug");
        }
        if (tenantEm.platform().createNamedQuery(Municipality.BY_SLUG, Municipality.class).setParameter("slug", slug)
                .getResultStream().findFirst().isPresent()) {
            throw new InvalidInputException("slug", "error.platform.slugTaken", slug);
        }
        String name = Inputs.required("name", r.name(), 120);
        String county = Inputs.required("county", r.county(), 120);
        Set<String> hosts = hosts(r.hosts());
        String locale = r.defaultLocale() == null || r.defaultLocale().isBlank() ? "sv" : r.defaultLocale().strip();
        if (!LOCALE.matcher(locale).matches()) {
            throw new InvalidInputException("defaultLocale", "error.platform.locale");
        }
        String primary = colour("primaryColor", r.primaryColor());
        String accent = colour("accentColor", r.accentColor());
        long fee = r.deliveryFeeOre() == null ? 0 : r.deliveryFeeOre();
        if (fee < 0 || fee > MAX_FEE_ORE) {
            throw new InvalidInputException("deliveryFeeOre", "error.platform.fee");
        }
        String welcomeSv = Inputs.required("welcomeSv", r.welcomeSv(), 4000);
        String welcomeEn = Inputs.optional("welcomeEn", r.welcomeEn(), 4000);
        String email = r.contactEmail() == null || r.contactEmail().isBlank() ? null
                : Inputs.email("contactEmail", r.contactEmail());
        String phone = r.contactPhone() == null || r.contactPhone().isBlank() ? null
                : Inputs.phone("contactPhone", r.contactPhone());
        return new MunicipalityConfig(slug, name, county, locale, hosts,
                new MunicipalityConfig.Branding(primary, accent, welcomeSv, welcomeEn, null, null),
                new MunicipalityConfig.Contact(email, phone),
                // Everyone eligible and no subsidy rules until the administrator narrows them.
                new MunicipalityConfig.HomeDelivery(fee, EnumSet.allOf(EligibilityGroup.class),
                        MunicipalityConfig.Subsidy.none()),
                villages(r.villages()), List.of(), List.of());
    }

    private Set<String> hosts(List<String> requested) {
        Set<String> hosts = new LinkedHashSet<>();
        Set<String> platform = new HashSet<>(Arrays.asList(platformHosts.toLowerCase(Locale.ROOT).split("\\s*,\\s*")));
        for (String host : requested == null ? List.<String>of() : requested) {
            String h = host == null ? "" : host.strip().toLowerCase(Locale.ROOT);
            if (h.isEmpty()) {
                continue;
            }
            if (!HOST.matcher(h).matches()) {
                throw new InvalidInputException("hosts", "error.platform.host", h);
            }
            boolean taken = platform.contains(h) || tenantEm.platform()
                    .createNamedQuery(Municipality.OWNER_OF_HOST, String.class).setParameter("host", h)
                    .getResultStream().findFirst().isPresent();
            if (taken) {
                throw new InvalidInputException("hosts", "error.platform.hostTaken", h);
            }
            hosts.add(h);
        }
        if (hosts.isEmpty()) {
            throw new InvalidInputException("hosts", "error.input.required");
        }
        return hosts;
    }

    private static String colour(String field, String value) {
        String colour = Inputs.required(field, value, 7).toLowerCase(Locale.ROOT);
        if (!Colours.HEX.matcher(colour).matches()) {
            throw new InvalidInputException(field, "error.platform.colour");
        }
        if (Colours.contrastWithWhite(colour) < Colours.MIN_TEXT_CONTRAST) {
            throw new InvalidInputException(field, "error.platform.contrast");
        }
        return colour;
    }

    private static List<MunicipalityConfig.Village> villages(List<NewVillage> requested) {
        // tenant-config needs at least one village, and so does the export read back.
        if (requested == null || requested.isEmpty()) {
            throw new InvalidInputException("villages", "error.platform.villages");
        }
        Set<String> names = new HashSet<>();
        return requested.stream().map(v -> {
            NewVillage village = v == null ? new NewVillage(null, null, null, null) : v;
            String name = Inputs.required("villages", village.name(), 120);
            if (!names.add(name.toLowerCase(new Locale("sv")))) {
                throw new InvalidInputException("villages", "error.platform.villageTwice", name);
            }
            return new MunicipalityConfig.Village(name, coordinate("villages", village.latitude(), 90),
                    coordinate("villages", village.longitude(), 180),
                    village.households() == null || village.households() >= 0 ? village.households() : negative());
        }).toList();
    }

    private static Integer negative() {
        throw new InvalidInputException("villages", "error.platform.households");
    }

    private static BigDecimal coordinate(String field, BigDecimal value, int limit) {
        if (value == null || value.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
            throw new InvalidInputException(field, "error.platform.coordinate");
        }
        return value;
    }

    private static MunicipalityStatus status(Municipality m) {
        return new MunicipalityStatus(m.slug(), m.name(), m.county(), m.hostNames().stream().sorted().toList(),
                m.isActive());
    }
}
