package se.egalleria.shared.mail;

/** An e-mail to send once the current transaction has committed. */
public record OutgoingMail(String to, String subject, String body) {
}
