package se.egalleria.servicepoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.egalleria.testsupport.ProblemAssertions.assertProblem;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.Accounts.Person;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.GalleryClient;
import se.egalleria.testsupport.Shopping;

/**
 * Service coverage of Arjeplog's villages against distances worked out by hand (haversine, see
 * CoverageCalculatorTest): Arjeplog's demo shops stand in Arjeplog, Laisvall and Slagnäs, so
 * Mellanström is 24.9 km from the nearest shop (in Arjeplog) and Jäckvik 34.9 km (in Laisvall).
 */
class ServiceCoverageApiIT extends DeployedGallery {

    private static final String PATH = "/api/v1/service-coverage";

    @Test
    void eachVillageHasItsNearestShopAndServicePointAndTheLimitDecidesTheHighlight() {
        GalleryClient arjeplog = GalleryClient.forMunicipality(base, "arjeplog");
        Person admin = new Accounts(base).administrator("arjeplog");
        JsonObject report = coverage(arjeplog, admin, "");
        assertEquals(30, report.getInt("limitKm"));
        assertEquals(List.of("Adolfsström", "Arjeplog", "Jäckvik", "Laisvall", "Mellanström", "Slagnäs"),
                report.getJsonArray("villages").getValuesAs(JsonObject.class).stream().map(v -> v.getString("village"))
                        .toList());

        JsonObject mellanstrom = village(report, "Mellanström");
        assertEquals(24.92, mellanstrom.getJsonNumber("shopMetres").longValue() / 1000.0, 0.5);
        assertFalse(mellanstrom.getBoolean("shopBeyondLimit"));
        JsonObject jackvik = village(report, "Jäckvik");
        assertEquals("Laisvalls Handel", jackvik.getString("nearestShop"));
        assertEquals(34.90, jackvik.getJsonNumber("shopMetres").longValue() / 1000.0, 0.5);
        assertEquals("Laisvalls Handel", jackvik.getString("nearestServicePoint"), "a demo service point");
        assertTrue(jackvik.getBoolean("shopBeyondLimit"));
        JsonObject laisvall = village(report, "Laisvall");
        assertEquals(0, laisvall.getJsonNumber("shopMetres").longValue());
        assertTrue(laisvall.getBoolean("hasServicePoint"));

        JsonObject wider = coverage(arjeplog, admin, "?distanceKm=40");
        assertEquals(40, wider.getInt("limitKm"));
        assertFalse(village(wider, "Jäckvik").getBoolean("shopBeyondLimit"));
        assertTrue(wider.getJsonNumber("villagesBeyondShopLimit").longValue()
                < report.getJsonNumber("villagesBeyondShopLimit").longValue());

        HttpResponse<String> csv = arjeplog.download(PATH + "?distanceKm=30", admin.token(), "text/csv");
        assertEquals(200, csv.statusCode(), csv.body());
        assertEquals("attachment; filename=\"servicetackning-30km.csv\"",
                csv.headers().firstValue("Content-Disposition").orElse(""));
        assertTrue(csv.body().startsWith("\uFEFFBy;Latitud;Longitud;Hushåll;Närmaste butik;Avstånd till butik (km);"
                + "Närmaste servicepunkt;Avstånd till servicepunkt (km);Över gränsen (30 km)\r\n"), csv.body());
        assertTrue(csv.body().contains("\r\nJäckvik;66,387"), csv.body());
        assertTrue(csv.body().contains(";50;Laisvalls Handel;" + jackvik.getJsonNumber("shopKm").toString()
                .replace('.', ',') + ";Laisvalls Handel;"), csv.body());
        assertTrue(csv.body().contains(";ja\r\n") && csv.body().contains(";nej\r\n"), csv.body());
    }

    @Test
    void theDistanceMustBeWholeKmFromOneToAThousand() {
        GalleryClient arjeplog = GalleryClient.forMunicipality(base, "arjeplog");
        Person admin = new Accounts(base).administrator("arjeplog");
        for (String bad : List.of("0", "1001", "abc", "2.5", "-3")) {
            JsonObject problem = assertProblem(arjeplog.send("GET", PATH + "?distanceKm=" + bad, admin.token(), null),
                    400, "invalid-input");
            assertEquals("distanceKm", problem.getJsonArray("violations").getJsonObject(0).getString("field"));
        }
        assertProblem(arjeplog.download(PATH + "?distanceKm=0", admin.token(), "text/csv"), 400, "invalid-input");
    }

    @Test
    void onlyTheMunicipalitysAdministratorSeesIt() {
        GalleryClient arjeplog = GalleryClient.forMunicipality(base, "arjeplog");
        GalleryClient harjedalen = GalleryClient.forMunicipality(base, "harjedalen");
        Accounts accounts = new Accounts(base);
        Person admin = accounts.administrator("arjeplog");
        Person staff = accounts.shopStaff("arjeplog", admin, Shopping.shopId(arjeplog, "Fjällboden Lanthandel"));
        Person resident = accounts.resident("arjeplog");
        Person harjedalenAdmin = accounts.administrator("harjedalen");

        assertProblem(arjeplog.send("GET", PATH, resident.token(), null), 403, "forbidden");
        assertProblem(arjeplog.send("GET", PATH, staff.token(), null), 403, "forbidden");
        assertProblem(arjeplog.download(PATH, staff.token(), "text/csv"), 403, "forbidden");
        assertProblem(arjeplog.send("GET", PATH, null, null), 401, "not-authenticated");
        assertProblem(arjeplog.send("GET", PATH, harjedalenAdmin.token(), null), 401, "not-authenticated");
        assertProblem(harjedalen.send("GET", PATH, admin.token(), null), 401, "not-authenticated");

        // Härjedalen's own coverage holds Härjedalen's villages and shops only.
        JsonObject own = coverage(harjedalen, harjedalenAdmin, "");
        List<String> villages = own.getJsonArray("villages").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("village")).toList();
        assertTrue(villages.contains("Sveg") && !villages.contains("Laisvall"), villages.toString());
        assertTrue(own.getJsonArray("villages").getValuesAs(JsonObject.class).stream()
                .noneMatch(v -> "Laisvalls Handel".equals(v.getString("nearestShop", ""))), own.toString());
    }

    private static JsonObject coverage(GalleryClient gallery, Person admin, String query) {
        HttpResponse<String> response = gallery.send("GET", PATH + query, admin.token(), null);
        assertEquals(200, response.statusCode(), response.body());
        return (JsonObject) GalleryClient.json(response);
    }

    private static JsonObject village(JsonObject report, String name) {
        return report.getJsonArray("villages").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("village").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + report));
    }
}
