package se.egalleria.shop.application;

/** A shop the municipality invites: its name and village, and the owner who gets the invitation e-mail. */
public record ShopInvitation(String name, Long villageId, String email, String phone) {
}
