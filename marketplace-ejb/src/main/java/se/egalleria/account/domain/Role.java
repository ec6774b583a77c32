package se.egalleria.account.domain;

/** What an account may do in its municipality. Platform operators are not accounts. */
public enum Role {
    RESIDENT,
    SHOP_STAFF,
    CARRIER,
    MUNICIPALITY_ADMIN,
    /** Home-care staff of the municipality: order for the residents assigned to them. */
    HOME_CARE
}
