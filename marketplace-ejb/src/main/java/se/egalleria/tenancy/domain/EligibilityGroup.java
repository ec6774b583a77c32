package se.egalleria.tenancy.domain;

/** Who may get subsidised home delivery under a municipality's rules. */
public enum EligibilityGroup {
    PENSIONER,
    DISABLED,
    NO_CAR,
    LONG_DISTANCE
}
