package se.egalleria.tenancy.config;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes one municipality as a tenant-config folder ({@code municipality.yaml}, {@code shops.yaml},
 * the logo), in the form {@link TenantConfigReader} reads: what the operator exports can be put
 * into tenant-config/ as it is. Pure: no database, so the round trip is tested without a server.
 */
public final class TenantConfigWriter {

    private static final Map<String, String> LOGO_FILES = Map.of("image/svg+xml", "logo.svg", "image/png", "logo.png");

    private TenantConfigWriter() {
    }

    /** The folder's files by name, in the order they are written. */
    public static Map<String, byte[]> files(MunicipalityConfig config) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        String logoFile = config.branding().logo() == null ? null : LOGO_FILES.get(config.branding().logoContentType());
        files.put(TenantConfigReader.MUNICIPALITY_FILE, yaml("# " + config.name()
                + ": exported from e-galleria. Put this folder into tenant-config/ to load it.\n",
                municipality(config, logoFile)));
        if (!config.shops().isEmpty()) {
            files.put(TenantConfigReader.SHOPS_FILE, yaml("# Shops: created at start when missing, never"
                    + " overwritten afterwards.\n", Map.of("shops", config.shops().stream()
                    .map(TenantConfigWriter::shop).toList())));
        }
        if (logoFile != null) {
            files.put(logoFile, config.branding().logo());
        }
        return files;
    }

    /** The same files in a zip, inside a folder named after the municipality's slug. */
    public static byte[] zip(MunicipalityConfig config) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> file : files(config).entrySet()) {
                zip.putNextEntry(new ZipEntry(config.slug() + "/" + file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: cannot happen
        }
        return bytes.toByteArray();
    }

    private static Map<String, Object> municipality(MunicipalityConfig c, String logoFile) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("slug", c.slug());
        m.put("name", c.name());
        m.put("county", c.county());
        m.put("defaultLocale", c.defaultLocale());
        m.put("hosts", c.hosts().stream().sorted().toList());
        Map<String, Object> branding = new LinkedHashMap<>();
        branding.put("primaryColor", c.branding().primaryColor());
        branding.put("accentColor", c.branding().accentColor());
        if (logoFile != null) {
            branding.put("logo", logoFile);
        }
        Map<String, Object> welcome = new LinkedHashMap<>();
        welcome.put("sv", c.branding().welcomeSv());
        putIfText(welcome, "en", c.branding().welcomeEn());
        branding.put("welcome", welcome);
        m.put("branding", branding);
        Map<String, Object> contact = new LinkedHashMap<>();
        putIfText(contact, "email", c.contact().email());
        putIfText(contact, "phone", c.contact().phone());
        if (!contact.isEmpty()) {
            m.put("contact", contact);
        }
        Map<String, Object> delivery = new LinkedHashMap<>();
        delivery.put("feeOre", c.homeDelivery().feeOre());
        delivery.put("eligible", c.homeDelivery().eligible().stream().map(Enum::name).sorted().toList());
        MunicipalityConfig.Subsidy s = c.homeDelivery().subsidy();
        Map<String, Object> subsidy = new LinkedHashMap<>();
        subsidy.put("paymentPerDeliveryOre", s.paymentPerDeliveryOre());
        subsidy.put("minimumOrderOre", s.minimumOrderOre());
        subsidy.put("minimumDistanceMeters", s.minimumDistanceMeters());
        subsidy.put("maxPerHouseholdPerWeek", s.maxPerHouseholdPerWeek());
        subsidy.put("stateCapPerDeliveryOre", s.stateCapPerDeliveryOre());
        subsidy.put("priceBaseAmountOre", s.priceBaseAmountOre());
        delivery.put("subsidy", subsidy);
        m.put("homeDelivery", delivery);
        m.put("villages", c.villages().stream().map(v -> {
            Map<String, Object> village = new LinkedHashMap<>();
            village.put("name", v.name());
            // As decimal numbers: YAML reads them back as the same digits.
            village.put("latitude", v.latitude().stripTrailingZeros().doubleValue());
            village.put("longitude", v.longitude().stripTrailingZeros().doubleValue());
            if (v.households() != null) {
                village.put("households", v.households());
            }
            return village;
        }).toList());
        if (!c.carriers().isEmpty()) {
            m.put("carriers", c.carriers().stream().map(k -> {
                Map<String, Object> carrier = new LinkedHashMap<>();
                carrier.put("code", k.code());
                carrier.put("name", k.name());
                carrier.put("mode", k.mode().name());
                putIfText(carrier, "phone", k.phone());
                putIfText(carrier, "organisationNumber", k.organisationNumber());
                putIfText(carrier, "subsidyAgreement", k.subsidyAgreement());
                return carrier;
            }).toList());
        }
        return m;
    }

    private static Map<String, Object> shop(MunicipalityConfig.Shop s) {
        Map<String, Object> shop = new LinkedHashMap<>();
        shop.put("code", s.code());
        shop.put("name", s.name());
        shop.put("village", s.village());
        putIfText(shop, "description", s.description());
        putIfText(shop, "openingHours", s.openingHours());
        shop.put("phone", s.phone());
        shop.put("email", s.email());
        putIfText(shop, "organisationNumber", s.organisationNumber());
        putIfText(shop, "subsidyAgreement", s.subsidyAgreement());
        if (s.homeDelivery() != null) {
            Map<String, Object> delivery = new LinkedHashMap<>();
            delivery.put("villages", s.homeDelivery().villages().stream().sorted().toList());
            delivery.put("routeDays", s.homeDelivery().routeDays().stream().sorted().map(Enum::name).toList());
            delivery.put("minimumOrderOre", s.homeDelivery().minimumOrderOre());
            shop.put("homeDelivery", delivery);
        }
        if (s.servicePoint()) {
            shop.put("servicePoint", true);
        }
        return shop;
    }

    private static void putIfText(Map<String, Object> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }

    private static byte[] yaml(String comment, Object document) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        options.setWidth(110);
        return (comment + new Yaml(options).dump(document)).getBytes(StandardCharsets.UTF_8);
    }
}
