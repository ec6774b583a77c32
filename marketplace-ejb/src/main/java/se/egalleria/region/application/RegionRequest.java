package se.egalleria.region.application;

import java.util.List;

/** The operator's definition of a regional gallery: its name and member municipalities' slugs. */
public record RegionRequest(String name, List<String> members) {
}
