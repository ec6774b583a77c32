package se.egalleria.account.application;

/** What a resident gives to register. */
public record NewResident(String email, String password, String name) {
}
