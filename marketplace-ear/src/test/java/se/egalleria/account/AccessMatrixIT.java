package se.egalleria.account;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.Accounts.Person;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.GalleryClient;

/**
 * Every API endpoint, called as every role (and anonymously) in Arjeplog's gallery, including
 * staff of another shop and an administrator of another municipality: the expected status for
 * each, and forbidden changes change nothing.
 */
class AccessMatrixIT extends DeployedGallery {

    private static final String ANONYMOUS = "anonymous";
    private static final String RESIDENT = "resident";
    private static final String STAFF_OF_SHOP = "staff of the shop";
    private static final String STAFF_OF_OTHER_SHOP = "staff of another shop";
    private static final String CARRIER = "carrier";
    private static final String ADMIN = "administrator";
    private static final String OTHER_MUNICIPALITY_ADMIN = "administrator of Härjedalen";
    private static final String OPERATOR = "platform operator";
    private static final List<String> EVERYONE = List.of(ANONYMOUS, RESIDENT, STAFF_OF_SHOP, STAFF_OF_OTHER_SHOP,
            CARRIER, ADMIN, OTHER_MUNICIPALITY_ADMIN, OPERATOR);

    @Test
    void everyRoleGetsExactlyWhatItMay() {
        Accounts accounts = new Accounts(base);
        GalleryClient arjeplog = GalleryClient.forMunicipality(base, "arjeplog");
        long shop = shopId(arjeplog, "Fjällboden Lanthandel");
        long otherShop = shopId(arjeplog, "Laisvalls Handel");
        long harjedalenShop = shopId(GalleryClient.forMunicipality(base, "harjedalen"), "Svegs Livs");
        Person admin = accounts.administrator("arjeplog");
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put(ANONYMOUS, null);
        tokens.put(RESIDENT, accounts.resident("arjeplog").token());
        tokens.put(STAFF_OF_SHOP, accounts.shopStaff("arjeplog", admin, shop).token());
        tokens.put(STAFF_OF_OTHER_SHOP, accounts.shopStaff("arjeplog", admin, otherShop).token());
        tokens.put(CARRIER, accounts.carrier("arjeplog", admin, carrierOf(admin, arjeplog)).token());
        tokens.put(ADMIN, admin.token());
        tokens.put(OTHER_MUNICIPALITY_ADMIN, accounts.administrator("harjedalen").token());
        tokens.put(OPERATOR, accounts.operator().token());
        JsonObject original = arjeplog.getJson("/api/v1/shops/" + shop);

        List<Executable> cells = new ArrayList<>();
        expect(cells, arjeplog, tokens, "GET", "/api/v1/shops", null,
                statuses(200).with(OTHER_MUNICIPALITY_ADMIN, 401));
        for (String path : List.of("/api/v1/municipality", "/api/v1/carriers", "/api/v1/shops/" + shop)) {
            expect(cells, arjeplog, tokens, "GET", path, null, statuses(200).with(OTHER_MUNICIPALITY_ADMIN, 401));
        }
        expect(cells, arjeplog, tokens, "PUT", "/api/v1/shops/" + shop, shopUpdate(original, "HACKED"),
                statuses(403).with(ANONYMOUS, 401).with(OTHER_MUNICIPALITY_ADMIN, 401)
                        .with(STAFF_OF_SHOP, -1).with(ADMIN, -1).with(OPERATOR, -1));
        expect(cells, arjeplog, tokens, "PUT", "/api/v1/shops/" + shop, shopUpdate(original, null),
                statuses(403).with(ANONYMOUS, 401).with(OTHER_MUNICIPALITY_ADMIN, 401)
                        .with(STAFF_OF_SHOP, 200).with(ADMIN, 200).with(OPERATOR, 200));
        expect(cells, arjeplog, tokens, "PUT", "/api/v1/shops/" + harjedalenShop, shopUpdate(original, "HACKED"),
                statuses(404).with(OTHER_MUNICIPALITY_ADMIN, 401));
        expect(cells, arjeplog, tokens, "POST", "/api/v1/invitations", invitation("SHOP_STAFF", shop),
                statuses(403).with(ANONYMOUS, 401).with(OTHER_MUNICIPALITY_ADMIN, 401).with(ADMIN, 202)
                        .with(OPERATOR, 202));
        expect(cells, arjeplog, tokens, "POST", "/api/v1/invitations", invitation("MUNICIPALITY_ADMIN", null),
                statuses(403).with(ANONYMOUS, 401).with(OTHER_MUNICIPALITY_ADMIN, 401).with(OPERATOR, 202));
        expect(cells, arjeplog, tokens, "GET", "/api/v1/audit-events", null,
                statuses(403).with(ANONYMOUS, 401).with(OTHER_MUNICIPALITY_ADMIN, 401).with(ADMIN, 200)
                        .with(OPERATOR, 200));
        expect(cells, arjeplog, tokens, "GET", "/api/v1/statistics/deliveries?from=2026-01&to=2026-12", null,
                statuses(403).with(ANONYMOUS, 401).with(OTHER_MUNICIPALITY_ADMIN, 401).with(ADMIN, 200)
                        .with(OPERATOR, 200));
        expect(cells, arjeplog, tokens, "POST", "/api/v1/invitations", invitation("HOME_CARE", null),
                statuses(403).with(ANONYMOUS, 401).with(OTHER_MUNICIPALITY_ADMIN, 401).with(ADMIN, 202)
                        .with(OPERATOR, 202));
        expect(cells, arjeplog, tokens, "GET", "/api/v1/municipality/home-care/workers", null,
                statuses(403).with(ANONYMOUS, 401).with(OTHER_MUNICIPALITY_ADMIN, 401).with(ADMIN, 200)
                        .with(OPERATOR, 200));
        // Only home-care staff have assigned residents; no one in this matrix is.
        expect(cells, arjeplog, tokens, "GET", "/api/v1/home-care/residents", null,
                statuses(403).with(ANONYMOUS, 401).with(OTHER_MUNICIPALITY_ADMIN, 401));
        for (String path : List.of("/api/v1/me", "/api/v1/me/data")) {
            expect(cells, arjeplog, tokens, "GET", path, null,
                    statuses(200).with(ANONYMOUS, 401).with(OTHER_MUNICIPALITY_ADMIN, 401).with(OPERATOR, 403));
        }
        assertAll(cells);

        String description = arjeplog.getJson("/api/v1/shops/" + shop).getString("description");
        assertFalse(description.contains("HACKED"), "a refused change changed the shop: " + description);
        assertFalse(GalleryClient.forMunicipality(base, "harjedalen").getJson("/api/v1/shops/" + harjedalenShop)
                .getString("description").contains("HACKED"));
    }

    /** The expected status per caller; -1: not asserted in this row (sent only to be refused elsewhere). */
    private static final class Statuses {
        private final Map<String, Integer> byCaller = new LinkedHashMap<>();

        Statuses with(String caller, int status) {
            byCaller.put(caller, status);
            return this;
        }
    }

    private static Statuses statuses(int everyone) {
        Statuses statuses = new Statuses();
        EVERYONE.forEach(caller -> statuses.with(caller, everyone));
        return statuses;
    }

    private static void expect(List<Executable> cells, GalleryClient gallery, Map<String, String> tokens,
                               String method, String path, JsonStructure body, Statuses expected) {
        expected.byCaller.forEach((caller, status) -> {
            if (status < 0) {
                return;
            }
            JsonStructure sent = body instanceof JsonObject o && o.containsKey("email") && path.endsWith("invitations")
                    ? Json.createObjectBuilder(o).add("email", Accounts.newAddress("invitee")).build() : body;
            HttpResponse<String> response = gallery.send(method, path, tokens.get(caller), sent);
            cells.add(() -> assertEquals(status, response.statusCode(),
                    method + " " + path + " as " + caller + ": " + response.body()));
        });
    }

    private static JsonObject shopUpdate(JsonObject shop, String description) {
        return Json.createObjectBuilder()
                .add("description", description == null ? shop.getString("description") : description)
                .add("openingHours", shop.getString("openingHours"))
                .add("phone", shop.getString("phone"))
                .add("email", shop.getString("email"))
                .build();
    }

    private static JsonObject invitation(String role, Long shopId) {
        var invitation = Json.createObjectBuilder().add("email", "placeholder@example.se").add("role", role);
        if (shopId != null) {
            invitation.add("shopId", shopId);
        }
        return invitation.build();
    }

    private static long shopId(GalleryClient gallery, String name) {
        return gallery.getJson("/api/v1/shops?size=100").getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("name").equals(name)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    /** A carrier of the municipality, found through what the administrator may see. */
    private static long carrierOf(Person admin, GalleryClient gallery) {
        HttpResponse<String> carriers = gallery.send("GET", "/api/v1/carriers", admin.token(), null);
        assertEquals(200, carriers.statusCode(), carriers.body());
        return ((jakarta.json.JsonArray) GalleryClient.json(carriers)).getJsonObject(0).getJsonNumber("id").longValue();
    }
}
