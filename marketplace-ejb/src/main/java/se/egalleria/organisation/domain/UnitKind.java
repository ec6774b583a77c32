package se.egalleria.organisation.domain;

/** What kind of municipal unit buys: the kinds the issue names, and any other. */
public enum UnitKind {
    SCHOOL_KITCHEN,
    ELDERLY_CARE,
    PRESCHOOL,
    OTHER
}
