package se.egalleria.tenancy.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads tenant-config/regions.yaml (optional): regional galleries, each naming its member
 * municipalities by slug. A file beside the municipality folders, so {@link TenantConfigReader},
 * which reads folders only, is not affected. Every problem is reported, as there.
 */
public final class RegionConfigReader {

    public static final String REGIONS_FILE = "regions.yaml";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");

    private RegionConfigReader() {
    }

    /** The regions, or none when the file does not exist; members must be among {@code municipalities}. */
    public static List<RegionConfig> read(Path root, Set<String> municipalities) {
        Path file = root.resolve(REGIONS_FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<ConfigProblem> problems = new ArrayList<>();
        String name = root.getFileName() + "/" + REGIONS_FILE;
        Object document;
        try (InputStream in = Files.newInputStream(file)) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            document = new Yaml(new SafeConstructor(options)).load(in);
        } catch (YAMLException | IOException e) {
            throw new InvalidTenantConfigException(List.of(new ConfigProblem(name, "", "cannot be read: " + e.getMessage())));
        }
        if (!(document instanceof Map<?, ?> map)) {
            throw new InvalidTenantConfigException(List.of(new ConfigProblem(name, "", "must be a YAML document of fields")));
        }
        YamlNode top = new YamlNode(name, "", map, problems);
        top.allowOnly("regions");
        List<RegionConfig> regions = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        for (YamlNode r : top.children("regions", true)) {
            r.allowOnly("slug", "name", "members");
            var slug = r.matching("slug", true, SLUG, "lower-case letters, digits and '-'");
            slug.filter(s -> !slugs.add(s)).ifPresent(s -> r.problem("slug", "'" + s + "' is used twice"));
            var regionName = r.text("name", true, 120);
            List<String> members = r.strings("members");
            if (members.isEmpty()) {
                r.problem("members", "must name at least one municipality by its slug");
            }
            members.stream().filter(m -> !municipalities.contains(m))
                    .forEach(m -> r.problem("members", "'" + m + "' is not a municipality in tenant-config/"));
            if (slug.isPresent() && regionName.isPresent()) {
                regions.add(new RegionConfig(slug.get(), regionName.get(), List.copyOf(members)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidTenantConfigException(problems);
        }
        return regions;
    }
}
