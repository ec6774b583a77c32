package se.egalleria.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.egalleria.testsupport.ProblemAssertions.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.Accounts.Person;
import se.egalleria.testsupport.AlsoOnEmbeddedH2;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.GalleryClient;
import se.egalleria.testsupport.Platform;
import se.egalleria.testsupport.Shopping;

/**
 * A regional gallery lists the shops of several municipalities; an order placed through its link
 * belongs to the shop's own municipality, and another member's administrator never sees it.
 */
@AlsoOnEmbeddedH2
class RegionalGalleryApiIT extends DeployedGallery {

    @Test
    void listsTheShopsOfItsMembersWhileOrdersStayInTheShopsOwnMunicipality() {
        Accounts accounts = new Accounts(base);
        Person operator = accounts.operator();
        Platform platform = new Platform(base, operator.token());
        String newMember = platform.created(Accounts.newAddress("admin"));
        String region = "it-region-" + Shopping.newKey().substring(0, 8);
        GalleryClient platformHost = GalleryClient.platform(base);

        HttpResponse<String> defined = platformHost.send("PUT", "/api/v1/platform/regions/" + region, operator.token(),
                Json.createObjectBuilder().add("name", "Testregion").add("members",
                        Json.createArrayBuilder().add("arjeplog").add("harjedalen").add(newMember)).build());
        assertEquals(200, defined.statusCode(), defined.body());
        assertEquals(List.of("Arjeplog", "Härjedalen", "Testkommun " + newMember), names(
                ((JsonObject) GalleryClient.json(defined)).getJsonArray("members")));

        List<JsonObject> shops = ((JsonArray) GalleryClient.json(platformHost.get("/api/v1/regions/" + region
                + "/shops", "application/json"))).getValuesAs(JsonObject.class);
        Set<String> municipalities = shops.stream().map(s -> s.getString("municipalitySlug")).collect(Collectors.toSet());
        assertEquals(Set.of("arjeplog", "harjedalen"), municipalities, "the new member has no shops yet");
        JsonObject fjallboden = shops.stream().filter(s -> s.getString("name").equals("Fjällboden Lanthandel"))
                .findFirst().orElseThrow();
        assertEquals("Arjeplog", fjallboden.getString("municipalityName"));
        assertEquals("Arjeplog", fjallboden.getString("village"));
        // Every listed shop is that municipality's own shop, under the same id.
        for (JsonObject shop : shops) {
            JsonObject own = GalleryClient.forMunicipality(base, shop.getString("municipalitySlug"))
                    .getJson("/api/v1/shops/" + shop.getJsonNumber("shopId").longValue());
            assertEquals(shop.getString("name"), own.getString("name"));
        }
        assertTrue(shops.stream().anyMatch(s -> s.getString("municipalityName").equals("Härjedalen")));

        // Through the link: the order is placed in Arjeplog's gallery, under Arjeplog.
        GalleryClient arjeplog = GalleryClient.forMunicipality(base, fjallboden.getString("municipalitySlug"));
        long shopId = fjallboden.getJsonNumber("shopId").longValue();
        Person arjeplogAdmin = accounts.administrator("arjeplog");
        Person staff = accounts.shopStaff("arjeplog", arjeplogAdmin, shopId);
        Shopping shopping = new Shopping(arjeplog);
        long cheese = shopping.product(shopId, staff.token(), "Regionost " + Shopping.newKey().substring(0, 8), 12500, 5);
        String basket = shopping.basket();
        shopping.addOk(basket, cheese, 2);
        HttpResponse<String> placed = shopping.checkout(basket, null, shopping.contact(Accounts.newAddress("elsa"),
                shopping.villageId("Laisvall"), Json.createArrayBuilder().add(Shopping.choice(shopId, "HOME_DELIVERY")))
                .build(), Shopping.newKey());
        assertEquals(201, placed.statusCode(), placed.body());
        String number = ((JsonObject) GalleryClient.json(placed)).getJsonArray("orders").getJsonObject(0)
                .getString("number");

        HttpResponse<String> arjeplogOrders = arjeplog.send("GET", "/api/v1/shops/" + shopId + "/orders?size=100",
                arjeplogAdmin.token(), null);
        assertEquals(200, arjeplogOrders.statusCode(), arjeplogOrders.body());
        assertTrue(arjeplogOrders.body().contains(number), "Arjeplog's administrator sees the order");

        Person harjedalenAdmin = accounts.administrator("harjedalen");
        GalleryClient harjedalen = GalleryClient.forMunicipality(base, "harjedalen");
        // Härjedalen has no shop with that id, so its list of that shop's orders is empty (never Arjeplog's).
        HttpResponse<String> harjedalenList = harjedalen.send("GET", "/api/v1/shops/" + shopId + "/orders?size=100",
                harjedalenAdmin.token(), null);
        assertTrue(harjedalenList.statusCode() == 200 || harjedalenList.statusCode() == 404, harjedalenList.body());
        assertTrue(!harjedalenList.body().contains(number), harjedalenList.body());
        assertTrue(!harjedalenList.body().contains("Regionost"), harjedalenList.body());
        assertProblem(harjedalen.send("GET", "/api/v1/orders/" + number, harjedalenAdmin.token(), null), 404,
                "not-found");
        // The regional gallery itself takes no baskets or orders.
        assertEquals(404, platformHost.post("/api/v1/regions/" + region + "/baskets", null,
                Json.createObjectBuilder().build()).statusCode());
    }

    @Test
    void aSuspendedMemberLeavesTheRegion() {
        Accounts accounts = new Accounts(base);
        Person operator = accounts.operator();
        Platform platform = new Platform(base, operator.token());
        String member = platform.created(Accounts.newAddress("admin"));
        String region = "it-region-" + Shopping.newKey().substring(0, 8);
        GalleryClient platformHost = GalleryClient.platform(base);
        assertEquals(200, platformHost.send("PUT", "/api/v1/platform/regions/" + region, operator.token(),
                Json.createObjectBuilder().add("name", "Testregion").add("members",
                        Json.createArrayBuilder().add("ornskoldsvik").add(member)).build()).statusCode());
        assertEquals(2, platformHost.getJson("/api/v1/regions/" + region).getJsonArray("members").size());

        assertEquals(200, platform.send("POST", "/api/v1/platform/municipalities/" + member + "/suspension")
                .statusCode());
        assertEquals(List.of("Örnsköldsvik"), names(platformHost.getJson("/api/v1/regions/" + region)
                .getJsonArray("members")));
        assertTrue(((JsonArray) GalleryClient.json(platformHost.get("/api/v1/regions/" + region + "/shops",
                "application/json"))).getValuesAs(JsonObject.class).stream()
                .allMatch(s -> s.getString("municipalitySlug").equals("ornskoldsvik")));
    }

    @Test
    void theDemoRegionSpansTheDemoMunicipalities() {
        JsonObject norrland = GalleryClient.platform(base).getJson("/api/v1/regions/norrland");
        assertEquals("Norrland", norrland.getString("name"));
        assertTrue(names(norrland.getJsonArray("members")).containsAll(List.of("Arjeplog", "Härjedalen",
                "Örnsköldsvik")), norrland.toString());
        assertProblem(GalleryClient.platform(base).get("/api/v1/regions/no-such-region/shops", "application/json"),
                404, "not-found");
    }

    @Test
    void onlyTheOperatorDefinesRegionsAndOnlyWithRealMembers() {
        Accounts accounts = new Accounts(base);
        Person operator = accounts.operator();
        Person admin = accounts.administrator("arjeplog");
        GalleryClient platformHost = GalleryClient.platform(base);
        String path = "/api/v1/platform/regions/it-region-" + Shopping.newKey().substring(0, 8);
        JsonObject body = Json.createObjectBuilder().add("name", "Kapad").add("members",
                Json.createArrayBuilder().add("arjeplog")).build();
        for (String token : new String[] {null, admin.token()}) {
            int status = platformHost.send("PUT", path, token, body).statusCode();
            assertTrue(status == 401 || status == 403, "status " + status);
        }
        assertProblem(GalleryClient.forMunicipality(base, "arjeplog").send("PUT", path, admin.token(), body), 404,
                "not-found");
        assertProblem(GalleryClient.forMunicipality(base, "arjeplog").send("PUT", path, operator.token(), body), 404,
                "not-found");
        JsonObject problem = assertProblem(platformHost.send("PUT", path, operator.token(), Json.createObjectBuilder()
                .add("name", "Fel").add("members", Json.createArrayBuilder().add("arjeplog").add("no-such-place"))
                .build()), 400, "invalid-input");
        assertEquals("members", problem.getJsonArray("violations").getJsonObject(0).getString("field"));
        assertProblem(platformHost.get(path.replace("/platform", ""), "application/json"), 404, "not-found");
    }

    private static List<String> names(JsonArray members) {
        return members.getValuesAs(JsonObject.class).stream().map(m -> m.getString("name")).toList();
    }
}
