package se.egalleria.region.application;

import java.util.List;

/** A regional gallery and its open member municipalities, by name. */
public record RegionSummary(String slug, String name, List<Member> members) {

    public record Member(String slug, String name, String county) {
    }
}
