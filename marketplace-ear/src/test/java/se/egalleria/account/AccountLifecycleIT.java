package se.egalleria.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.egalleria.testsupport.ProblemAssertions.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.Accounts.Person;
import se.egalleria.testsupport.AlsoOnEmbeddedH2;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.GalleryClient;
import se.egalleria.testsupport.MailCatcher;
import se.egalleria.testsupport.MailCatcher.Mail;

/** A resident's account from registration to deletion, with the real e-mails in between. */
@AlsoOnEmbeddedH2
class AccountLifecycleIT extends DeployedGallery {

    private GalleryClient arjeplog() {
        MailCatcher.start();
        return GalleryClient.forMunicipality(base, "arjeplog");
    }

    @Test
    void registrationSendsAConfirmationLinkThatWorksOnce() {
        GalleryClient gallery = arjeplog();
        String email = Accounts.newAddress("register");
        assertEquals(202, gallery.post("/api/v1/accounts", null, Json.createObjectBuilder().add("email", email)
                .add("password", Accounts.PASSWORD).add("name", "Greta Gran").build()).statusCode());

        Mail mail = MailCatcher.awaitMailTo(email);
        assertEquals("Bekräfta din e-postadress – e-galleria Arjeplog", mail.subject());
        assertTrue(mail.link().startsWith("http://arjeplog.localhost:" + base.getPort() + "/account/confirm-email.xhtml?token="),
                mail.link());
        assertProblem(signIn(gallery, email, Accounts.PASSWORD), 401, "not-authenticated");

        JsonObject token = Json.createObjectBuilder().add("token", mail.token()).build();
        assertEquals(204, gallery.post("/api/v1/accounts/email-confirmations", null, token).statusCode());
        assertEquals(201, signIn(gallery, email, Accounts.PASSWORD).statusCode());
        assertProblem(gallery.post("/api/v1/accounts/email-confirmations", null, token), 400, "invalid-input");
    }

    @Test
    void registrationRefusesBadInputAndTakenAddresses() {
        GalleryClient gallery = arjeplog();
        HttpResponse<String> shortPassword = gallery.post("/api/v1/accounts", null, Json.createObjectBuilder()
                .add("email", Accounts.newAddress("short")).add("password", "kort").add("name", "Kurt").build());
        JsonObject problem = assertProblem(shortPassword, 400, "invalid-input");
        assertEquals("password", problem.getJsonArray("violations").getJsonObject(0).getString("field"));
        assertEquals("Lösenordet måste ha minst 10 tecken.", problem.getString("detail"));

        assertProblem(gallery.post("/api/v1/accounts", null, Json.createObjectBuilder().add("email", "inte-en-adress")
                .add("password", Accounts.PASSWORD).add("name", "X").build()), 400, "invalid-input");
        assertProblem(gallery.post("/api/v1/accounts", null, Json.createObjectBuilder().build()), 400, "invalid-input");

        Person resident = new Accounts(base).resident("arjeplog");
        assertProblem(gallery.post("/api/v1/accounts", null, Json.createObjectBuilder().add("email", resident.email())
                .add("password", Accounts.PASSWORD).add("name", "Dubbel").build()), 409, "conflict");
    }

    @Test
    void aForgottenPasswordIsResetByTheEmailedLink() {
        GalleryClient gallery = arjeplog();
        Person resident = new Accounts(base).resident("arjeplog");
        String unknown = Accounts.newAddress("nobody");

        assertEquals(202, gallery.post("/api/v1/accounts/password-resets", null,
                Json.createObjectBuilder().add("email", unknown).build()).statusCode());
        assertEquals(202, gallery.post("/api/v1/accounts/password-resets", null,
                Json.createObjectBuilder().add("email", resident.email()).build()).statusCode());
        Mail mail = MailCatcher.awaitMailTo(resident.email());
        assertEquals("Nytt lösenord – e-galleria Arjeplog", mail.subject());
        assertEquals(0, MailCatcher.countTo(unknown), "no mail reveals whether an address has an account");

        String newPassword = "Ett-nytt-lösen-99";
        assertEquals(204, gallery.post("/api/v1/accounts/password-resets/completions", null,
                Json.createObjectBuilder().add("token", mail.token()).add("password", newPassword).build()).statusCode());

        assertProblem(signIn(gallery, resident.email(), Accounts.PASSWORD), 401, "not-authenticated");
        assertEquals(201, signIn(gallery, resident.email(), newPassword).statusCode());
        assertProblem(gallery.send("GET", "/api/v1/me", resident.token(), null), 401, "not-authenticated");
    }

    @Test
    void repeatedFailedSignInsLockTheAccountForAWhile() {
        GalleryClient gallery = arjeplog();
        Person resident = new Accounts(base).resident("arjeplog");

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertProblem(signIn(gallery, resident.email(), "fel-lösenord-" + attempt), 401, "not-authenticated");
        }
        JsonObject locked = assertProblem(signIn(gallery, resident.email(), "fel-lösenord-5"), 429, "too-many-attempts");
        assertTrue(locked.getString("detail").contains("15 minuter"), locked.toString());

        HttpResponse<String> evenTheRightPassword = signIn(gallery, resident.email(), Accounts.PASSWORD);
        assertProblem(evenTheRightPassword, 429, "too-many-attempts");
        long retryAfter = Long.parseLong(evenTheRightPassword.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 800 && retryAfter <= 900, "Retry-After " + retryAfter);
    }

    @Test
    void aSignedOutTokenNoLongerWorks() {
        GalleryClient gallery = arjeplog();
        Person resident = new Accounts(base).resident("arjeplog");
        assertEquals(200, gallery.send("GET", "/api/v1/me", resident.token(), null).statusCode());

        assertEquals(204, gallery.send("DELETE", "/api/v1/auth/tokens/current", resident.token(), null).statusCode());

        HttpResponse<String> after = gallery.send("GET", "/api/v1/me", resident.token(), null);
        assertProblem(after, 401, "not-authenticated");
        assertEquals("Bearer error=\"invalid_token\"", after.headers().firstValue("WWW-Authenticate").orElse(""));
    }

    @Test
    void aResidentDownloadsTheirDataAndDeletesTheAccount() {
        GalleryClient gallery = arjeplog();
        Accounts accounts = new Accounts(base);
        Person resident = accounts.resident("arjeplog");

        HttpResponse<String> download = gallery.send("GET", "/api/v1/me/data", resident.token(), null);
        assertEquals(200, download.statusCode());
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        JsonObject data = (JsonObject) GalleryClient.json(download);
        assertEquals(resident.email(), data.getString("email"));
        assertEquals("Test Invånare", data.getString("name"));
        assertEquals("arjeplog", data.getString("municipality"));
        assertEquals("[\"RESIDENT\"]", data.getJsonArray("roles").toString());

        assertEquals(204, gallery.send("DELETE", "/api/v1/me", resident.token(), null).statusCode());

        assertProblem(gallery.send("GET", "/api/v1/me", resident.token(), null), 401, "not-authenticated");
        assertProblem(signIn(gallery, resident.email(), Accounts.PASSWORD), 401, "not-authenticated");
        Person admin = accounts.administrator("arjeplog");
        String audit = gallery.send("GET", "/api/v1/audit-events?size=100", admin.token(), null).body();
        assertTrue(audit.contains("account.deleted"), audit);
        assertFalse(audit.contains(resident.email()), "the audit log keeps no deleted person's address");
        // The address is free again: the deleted account kept nothing of it.
        assertEquals(202, gallery.post("/api/v1/accounts", null, Json.createObjectBuilder().add("email", resident.email())
                .add("password", Accounts.PASSWORD).add("name", "Ny igen").build()).statusCode());
    }

    @Test
    void anInvitationIsInTheInvitersGalleryAndRecordedInTheAuditLog() {
        GalleryClient gallery = arjeplog();
        Accounts accounts = new Accounts(base);
        Person admin = accounts.administrator("arjeplog");
        String email = Accounts.newAddress("staff");

        assertProblem(gallery.post("/api/v1/invitations", admin.token(), Json.createObjectBuilder()
                .add("email", email).add("role", "CARRIER").add("carrierId", 999_999).build()), 404, "not-found");
        assertProblem(gallery.post("/api/v1/invitations", admin.token(), Json.createObjectBuilder()
                .add("email", email).add("role", "KING").build()), 400, "invalid-input");

        long shop = gallery.getJson("/api/v1/shops?size=1").getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        Person staff = accounts.shopStaff("arjeplog", admin, shop);
        JsonObject me = (JsonObject) GalleryClient.json(gallery.send("GET", "/api/v1/me", staff.token(), null));
        assertEquals("[\"SHOP_STAFF\"]", me.getJsonArray("roles").toString());
        assertEquals("[" + shop + "]", me.getJsonArray("shopIds").toString());
        String audit = gallery.send("GET", "/api/v1/audit-events?size=100", admin.token(), null).body();
        assertTrue(audit.contains("invitation.sent") && audit.contains(staff.email()), audit);
        String otherAudit = GalleryClient.forMunicipality(base, "harjedalen").send("GET", "/api/v1/audit-events?size=100",
                accounts.administrator("harjedalen").token(), null).body();
        assertFalse(otherAudit.contains(staff.email()), "Härjedalen's audit log holds no Arjeplog events");
    }

    private static HttpResponse<String> signIn(GalleryClient gallery, String email, String password) {
        return gallery.post("/api/v1/auth/tokens", null,
                Json.createObjectBuilder().add("email", email).add("password", password).build());
    }
}
