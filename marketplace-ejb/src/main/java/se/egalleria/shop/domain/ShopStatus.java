package se.egalleria.shop.domain;

/** Where a shop stands with its municipality: only an approved shop is shown to residents and sells. */
public enum ShopStatus {
    /** Invited by the municipality; its staff prepare the catalogue before it opens. */
    AWAITING_APPROVAL,
    APPROVED,
    /** Taken out of the gallery for now; its orders and staff remain. */
    SUSPENDED
}
