package se.egalleria.tenancy.config;

import java.util.List;

/** A regional gallery from tenant-config/regions.yaml: its slug, name and member municipalities' slugs. */
public record RegionConfig(String slug, String name, List<String> members) {
}
