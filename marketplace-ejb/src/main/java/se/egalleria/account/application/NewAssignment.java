package se.egalleria.account.application;

/** Assign the resident with this e-mail address (an account in this gallery) to the worker. */
public record NewAssignment(Long workerAccountId, String residentEmail) {
}
