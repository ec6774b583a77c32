package se.egalleria.account.application;

/** Whom to invite, as what: shop staff name a shop, carriers a carrier. */
public record NewInvitation(String email, String role, Long shopId, Long carrierId) {
}
