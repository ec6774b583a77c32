package se.egalleria.tenancy.application;

import java.util.List;

/** A municipality as the platform's list of galleries shows it; host names sorted. */
public record MunicipalitySummary(String slug, String name, String county, List<String> hosts,
                                  String primaryColor) {

    public MunicipalitySummary {
        hosts = List.copyOf(hosts);
    }
}
