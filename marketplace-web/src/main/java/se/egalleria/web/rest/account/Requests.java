package se.egalleria.web.rest.account;

/** The bodies the account endpoints read. */
public final class Requests {

    private Requests() {
    }

    /** Sign in for a token. */
    public record Credentials(String email, String password) {
    }

    /** Register as a resident. */
    public record Registration(String email, String password, String name) {
    }

    /** A link token from an e-mail. */
    public record LinkToken(String token) {
    }

    /** Ask for a password reset. */
    public record ResetRequest(String email) {
    }

    /** Set the new password with the reset link's token. */
    public record NewPassword(String token, String password) {
    }

    /** Invite someone. */
    public record Invitation(String email, String role, Long shopId, Long carrierId) {
    }

    /** Accept an invitation. */
    public record Acceptance(String token, String name, String password) {
    }
}
