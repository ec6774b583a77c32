package se.egalleria.platform.application;

import java.util.List;

/** A municipality as the operator's list shows it, suspended ones included. */
public record MunicipalityStatus(String slug, String name, String county, List<String> hosts, boolean active) {
}
