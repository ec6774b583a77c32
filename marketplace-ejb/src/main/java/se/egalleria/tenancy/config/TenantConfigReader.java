package se.egalleria.tenancy.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import se.egalleria.tenancy.domain.CarrierMode;
import se.egalleria.tenancy.domain.Colours;
import se.egalleria.tenancy.domain.EligibilityGroup;

/**
 * Reads tenant-config/: one folder per municipality holding {@code municipality.yaml}, optionally
 * {@code shops.yaml} and a logo. Either every folder is valid, or nothing is returned and an
 * {@link InvalidTenantConfigException} lists every problem.
 */
public final class TenantConfigReader {

    static final String MUNICIPALITY_FILE = "municipality.yaml";
    static final String SHOPS_FILE = "shops.yaml";

    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");
    private static final Pattern HOST = Pattern.compile("[a-z0-9](?:[a-z0-9.-]{0,188}[a-z0-9])?");
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{4,30}");
    private static final Pattern ORGANISATION_NUMBER = Pattern.compile("\\d{6}-\\d{4}");
    private static final Pattern LOCALE = Pattern.compile("sv|en");
    private static final long MAX_LOGO_BYTES = 256 * 1024;
    private static final Map<String, String> LOGO_TYPES = Map.of(".svg", "image/svg+xml", ".png", "image/png");

    private final Path root;
    private final List<ConfigProblem> problems = new ArrayList<>();

    private TenantConfigReader(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** Reads and validates every municipality folder below {@code root}. */
    public static List<MunicipalityConfig> readAll(Path root) {
        return new TenantConfigReader(root).read();
    }

    private List<MunicipalityConfig> read() {
        if (!Files.isDirectory(root)) {
            throw new InvalidTenantConfigException(List.of(new ConfigProblem(root.toString(), "",
                    "is not a directory (set egalleria.tenant-config.dir or EGALLERIA_TENANT_CONFIG_DIR)")));
        }
        List<MunicipalityConfig> municipalities = new ArrayList<>();
        for (Path folder : folders()) {
            readMunicipality(folder).ifPresent(municipalities::add);
        }
        if (municipalities.isEmpty() && problems.isEmpty()) {
            problems.add(new ConfigProblem(root.toString(), "", "holds no municipality folder"));
        }
        checkHostsAreUnique(municipalities);
        if (!problems.isEmpty()) {
            throw new InvalidTenantConfigException(problems);
        }
        return municipalities;
    }

    private List<Path> folders() {
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(Files::isDirectory)
                    .filter(folder -> !folder.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new InvalidTenantConfigException(List.of(new ConfigProblem(root.toString(), "",
                    "cannot be read: " + e.getMessage())));
        }
    }

    private Optional<MunicipalityConfig> readMunicipality(Path folder) {
        int problemsBefore = problems.size();
        String slug = folder.getFileName().toString();
        Optional<YamlNode> document = load(folder.resolve(MUNICIPALITY_FILE), true);
        if (document.isEmpty()) {
            return Optional.empty();
        }
        YamlNode m = document.get();
        m.allowOnly("slug", "name", "county", "defaultLocale", "hosts", "branding", "contact", "homeDelivery",
                "villages", "carriers");
        m.matching("slug", true, SLUG, "lower-case letters, digits and '-' (the folder's name)")
                .filter(value -> !value.equals(slug))
                .ifPresent(value -> m.problem("slug", "must equal the folder name '" + slug + "', was '" + value + "'"));
        String name = m.text("name", true, 120).orElse(null);
        String county = m.text("county", true, 120).orElse(null);
        String locale = m.matching("defaultLocale", true, LOCALE, "sv or en").orElse(null);
        Set<String> hosts = hosts(m, slug);
        MunicipalityConfig.Branding branding = m.child("branding", true).map(b -> branding(b, folder)).orElse(null);
        MunicipalityConfig.Contact contact = m.child("contact", false).map(this::contact)
                .orElse(new MunicipalityConfig.Contact(null, null));
        MunicipalityConfig.HomeDelivery delivery = m.child("homeDelivery", true).map(this::homeDelivery).orElse(null);
        List<MunicipalityConfig.Village> villages = villages(m);
        List<MunicipalityConfig.Carrier> carriers = carriers(m);
        List<MunicipalityConfig.Shop> shops = shops(folder, villages);
        if (problems.size() > problemsBefore) {
            return Optional.empty();
        }
        return Optional.of(new MunicipalityConfig(slug, name, county, locale, hosts, branding, contact, delivery,
                villages, carriers, shops));
    }

    private Set<String> hosts(YamlNode m, String slug) {
        Set<String> hosts = new LinkedHashSet<>();
        for (String host : m.strings("hosts")) {
            String normalised = host.toLowerCase(Locale.ROOT);
            if (!HOST.matcher(normalised).matches()) {
                m.problem("hosts", "'" + host + "' is not a host name (no port, no scheme)");
            } else if (!hosts.add(normalised)) {
                m.problem("hosts", "'" + host + "' is listed twice");
            }
        }
        if (hosts.isEmpty()) {
            m.problem("hosts", "must list at least one host name, e.g. " + slug + ".localhost");
        }
        return hosts;
    }

    private MunicipalityConfig.Branding branding(YamlNode b, Path folder) {
        b.allowOnly("primaryColor", "accentColor", "logo", "welcome");
        String primary = colour(b, "primaryColor");
        String accent = colour(b, "accentColor");
        Optional<YamlNode> welcome = b.child("welcome", true);
        welcome.ifPresent(w -> w.allowOnly("sv", "en"));
        String welcomeSv = welcome.flatMap(w -> w.text("sv", true, 4000)).orElse(null);
        String welcomeEn = welcome.flatMap(w -> w.text("en", false, 4000)).orElse("");
        byte[] logo = null;
        String logoType = null;
        Optional<String> logoFile = b.text("logo", false, 120);
        if (logoFile.isPresent()) {
            String fileName = logoFile.get();
            logoType = LOGO_TYPES.entrySet().stream()
                    .filter(type -> fileName.toLowerCase(Locale.ROOT).endsWith(type.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            logo = logo(b, folder, fileName, logoType);
        }
        return new MunicipalityConfig.Branding(primary, accent, welcomeSv, welcomeEn, logo, logo == null ? null : logoType);
    }

    private byte[] logo(YamlNode b, Path folder, String fileName, String contentType) {
        Path file = folder.resolve(fileName).normalize();
        if (contentType == null) {
            b.problem("logo", "must be an .svg or .png file, was '" + fileName + "'");
        } else if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
            b.problem("logo", "file '" + fileName + "' does not exist in " + display(folder));
        } else {
            try {
                byte[] bytes = Files.readAllBytes(file);
                if (bytes.length <= MAX_LOGO_BYTES) {
                    return bytes;
                }
                b.problem("logo", "file '" + fileName + "' is " + bytes.length / 1024
                        + " KB; at most " + MAX_LOGO_BYTES / 1024 + " KB keeps pages light");
            } catch (IOException e) {
                b.problem("logo", "file '" + fileName + "' cannot be read: " + e.getMessage());
            }
        }
        return null;
    }

    private static String colour(YamlNode b, String key) {
        Optional<String> colour = b.matching(key, true, Colours.HEX, "a colour written #rrggbb");
        colour.filter(c -> Colours.contrastWithWhite(c) < Colours.MIN_TEXT_CONTRAST)
                .ifPresent(c -> b.problem(key, String.format(Locale.ROOT,
                        "%s gives white text a contrast of only %.1f:1; at least %.1f:1 is needed", c,
                        Colours.contrastWithWhite(c), Colours.MIN_TEXT_CONTRAST)));
        return colour.map(c -> c.toLowerCase(Locale.ROOT)).orElse(null);
    }

    private MunicipalityConfig.Contact contact(YamlNode c) {
        c.allowOnly("email", "phone");
        return new MunicipalityConfig.Contact(
                c.matching("email", false, EMAIL, "an e-mail address").orElse(null),
                c.matching("phone", false, PHONE, "a phone number").orElse(null));
    }

    private MunicipalityConfig.HomeDelivery homeDelivery(YamlNode d) {
        d.allowOnly("feeOre", "eligible", "subsidy");
        long fee = d.wholeNumber("feeOre", true, 0, 100_000_00).orElse(0L);
        Set<EligibilityGroup> eligible = Set.copyOf(d.enumList("eligible", EligibilityGroup.class));
        MunicipalityConfig.Subsidy subsidy = d.child("subsidy", false).map(TenantConfigReader::subsidy)
                .orElse(MunicipalityConfig.Subsidy.none());
        return new MunicipalityConfig.HomeDelivery(fee, eligible, subsidy);
    }

    private static MunicipalityConfig.Subsidy subsidy(YamlNode s) {
        s.allowOnly("paymentPerDeliveryOre", "minimumOrderOre", "minimumDistanceMeters", "maxPerHouseholdPerWeek",
                "stateCapPerDeliveryOre", "priceBaseAmountOre");
        MunicipalityConfig.Subsidy none = MunicipalityConfig.Subsidy.none();
        return new MunicipalityConfig.Subsidy(
                s.wholeNumber("paymentPerDeliveryOre", false, 0, 100_000_00).orElse(0L),
                s.wholeNumber("minimumOrderOre", false, 0, 100_000_00).orElse(0L),
                s.wholeNumber("minimumDistanceMeters", false, 0, 100_000).orElse(0L).intValue(),
                s.wholeNumber("maxPerHouseholdPerWeek", false, 0, 14).orElse(0L).intValue(),
                s.wholeNumber("stateCapPerDeliveryOre", false, 0, 100_000_00).orElse(none.stateCapPerDeliveryOre()),
                s.wholeNumber("priceBaseAmountOre", false, 0, 1_000_000_00).orElse(none.priceBaseAmountOre()));
    }

    private List<MunicipalityConfig.Village> villages(YamlNode m) {
        List<MunicipalityConfig.Village> villages = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (YamlNode v : m.children("villages", true)) {
            v.allowOnly("name", "latitude", "longitude", "households");
            Optional<String> name = v.text("name", true, 120);
            name.filter(n -> !names.add(n.toLowerCase(new Locale("sv"))))
                    .ifPresent(n -> v.problem("name", "'" + n + "' is listed twice"));
            var latitude = v.decimal("latitude", -90, 90);
            var longitude = v.decimal("longitude", -180, 180);
            Long households = v.wholeNumber("households", false, 0, 1_000_000).orElse(null);
            if (name.isPresent() && latitude.isPresent() && longitude.isPresent()) {
                villages.add(new MunicipalityConfig.Village(name.get(), latitude.get(), longitude.get(),
                        households == null ? null : households.intValue()));
            }
        }
        return villages;
    }

    private List<MunicipalityConfig.Carrier> carriers(YamlNode m) {
        List<MunicipalityConfig.Carrier> carriers = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (YamlNode c : m.children("carriers", false)) {
            c.allowOnly("code", "name", "mode", "phone", "organisationNumber", "subsidyAgreement");
            Optional<String> code = c.matching("code", true, CODE, "lower-case letters, digits and '-'");
            code.filter(value -> !codes.add(value)).ifPresent(value -> c.problem("code", "'" + value + "' is used twice"));
            Optional<String> name = c.text("name", true, 120);
            Optional<CarrierMode> mode = c.enumValue("mode", CarrierMode.class);
            String phone = c.matching("phone", false, PHONE, "a phone number").orElse(null);
            String organisationNumber = c.matching("organisationNumber", false, ORGANISATION_NUMBER,
                    "an organisation number like 556677-8899").orElse(null);
            String agreement = c.text("subsidyAgreement", false, 120).orElse(null);
            if (code.isPresent() && name.isPresent() && mode.isPresent()) {
                carriers.add(new MunicipalityConfig.Carrier(code.get(), name.get(), mode.get(), phone,
                        organisationNumber, agreement));
            }
        }
        return carriers;
    }

    private List<MunicipalityConfig.Shop> shops(Path folder, List<MunicipalityConfig.Village> villages) {
        Optional<YamlNode> document = load(folder.resolve(SHOPS_FILE), false);
        if (document.isEmpty()) {
            return List.of();
        }
        YamlNode file = document.get();
        file.allowOnly("shops");
        Set<String> villageNames = new HashSet<>();
        villages.forEach(v -> villageNames.add(v.name()));
        List<MunicipalityConfig.Shop> shops = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (YamlNode s : file.children("shops", false)) {
            s.allowOnly("code", "name", "village", "description", "openingHours", "phone", "email", "homeDelivery",
                    "servicePoint", "organisationNumber", "subsidyAgreement");
            Optional<String> code = s.matching("code", true, CODE, "lower-case letters, digits and '-'");
            code.filter(value -> !codes.add(value)).ifPresent(value -> s.problem("code", "'" + value + "' is used twice"));
            Optional<String> name = s.text("name", true, 120);
            Optional<String> village = s.text("village", true, 120);
            village.filter(v -> !villageNames.contains(v)).ifPresent(v -> s.problem("village",
                    "'" + v + "' is not one of the villages in " + MUNICIPALITY_FILE));
            String description = s.text("description", false, 4000).orElse("");
            String hours = s.text("openingHours", false, 500).orElse("");
            Optional<String> phone = s.matching("phone", true, PHONE, "a phone number");
            Optional<String> email = s.matching("email", true, EMAIL, "an e-mail address");
            MunicipalityConfig.ShopDelivery delivery = s.child("homeDelivery", false)
                    .map(d -> shopDelivery(d, villageNames)).orElse(null);
            boolean servicePoint = s.flag("servicePoint");
            String organisationNumber = s.matching("organisationNumber", false, ORGANISATION_NUMBER,
                    "an organisation number like 556677-8899").orElse(null);
            String agreement = s.text("subsidyAgreement", false, 120).orElse(null);
            if (code.isPresent() && name.isPresent() && village.isPresent() && phone.isPresent() && email.isPresent()) {
                shops.add(new MunicipalityConfig.Shop(code.get(), name.get(), village.get(), description, hours,
                        phone.get(), email.get(), delivery, servicePoint, organisationNumber, agreement));
            }
        }
        return shops;
    }

    private static MunicipalityConfig.ShopDelivery shopDelivery(YamlNode d, Set<String> villageNames) {
        d.allowOnly("villages", "routeDays", "minimumOrderOre");
        Set<String> villages = new LinkedHashSet<>(d.strings("villages"));
        villages.stream().filter(v -> !villageNames.contains(v)).forEach(v -> d.problem("villages",
                "'" + v + "' is not one of the villages in " + MUNICIPALITY_FILE));
        if (villages.isEmpty()) {
            d.problem("villages", "name at least one village the shop delivers to");
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        days.addAll(d.enumList("routeDays", DayOfWeek.class));
        if (days.isEmpty()) {
            d.problem("routeDays", "name at least one weekday, e.g. [TUESDAY, FRIDAY]");
        }
        long minimum = d.wholeNumber("minimumOrderOre", false, 0, 100_000_00).orElse(0L);
        return new MunicipalityConfig.ShopDelivery(villages, days, minimum);
    }

    private void checkHostsAreUnique(List<MunicipalityConfig> municipalities) {
        Map<String, String> owners = new HashMap<>();
        for (MunicipalityConfig m : municipalities) {
            for (String host : m.hosts()) {
                String owner = owners.putIfAbsent(host, m.slug());
                if (owner != null) {
                    problems.add(new ConfigProblem(display(root.resolve(m.slug()).resolve(MUNICIPALITY_FILE)), "hosts",
                            "'" + host + "' is already the host of " + owner));
                }
            }
        }
    }

    private Optional<YamlNode> load(Path file, boolean required) {
        String name = display(file);
        if (!Files.isRegularFile(file)) {
            if (required) {
                problems.add(new ConfigProblem(name, "", "is missing"));
            }
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            LoaderOptions options = new LoaderOptions();
            // A key written twice is a mistake to report, not a value to overwrite silently.
            options.setAllowDuplicateKeys(false);
            Object document = new Yaml(new SafeConstructor(options)).load(in);
            if (document instanceof Map<?, ?> map) {
                return Optional.of(new YamlNode(name, "", map, problems));
            }
            problems.add(new ConfigProblem(name, "", "must be a YAML document of fields"));
        } catch (MarkedYAMLException e) {
            problems.add(new ConfigProblem(name, "", "is not valid YAML at line " + (e.getProblemMark().getLine() + 1)
                    + ", column " + (e.getProblemMark().getColumn() + 1) + ": " + e.getProblem()));
        } catch (YAMLException | IOException e) {
            problems.add(new ConfigProblem(name, "", "cannot be read: " + e.getMessage()));
        }
        return Optional.empty();
    }

    private String display(Path path) {
        return root.getFileName() + "/" + root.relativize(path).toString().replace('\\', '/');
    }
}
