package se.egalleria.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.egalleria.testsupport.ProblemAssertions.assertProblem;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.Accounts.Person;
import se.egalleria.testsupport.AlsoOnEmbeddedH2;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.GalleryClient;

/** Shops' product files: Swedish Excel in, problems reported by line and column, re-imports update. */
@AlsoOnEmbeddedH2
class ProductFileIT extends DeployedGallery {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String HEADER = "Artikelnummer;EAN;Namn;Beskrivning;Kategori;Pris;Moms;Enhet;Nettomängd;Lager;Förvaring;Synlig";

    @Test
    void aSwedishExcelFileIsPreviewedThenImportedAndReimportedWithoutDuplicates() {
        Fixture f = fixture();
        String file = String.join("\r\n", HEADER,
                "R1-" + f.run + ";;Räksallad " + f.run + ";\"Handskalade räkor; med ägg\";Mejeri;49,90;12;förp;200 g;alltid;kyl;ja",
                "R2-" + f.run + ";;Ölkorv " + f.run + ";;;89,00 kr;12;kg;;5;frys;ja",
                "R3-" + f.run + ";;Åkerbär-saft " + f.run + ";;Dryck;1 234,50;12;st;75 cl;;;ja") + "\r\n";

        JsonObject preview = json(upload(f, file.getBytes(WINDOWS_1252), false));
        assertEquals(3, preview.getInt("rows"));
        assertEquals(3, preview.getInt("created"));
        assertEquals(false, preview.getBoolean("committed"));
        assertEquals(List.of(), names(f, "räksallad " + f.run), "a preview changes nothing");

        JsonObject imported = json(upload(f, file.getBytes(WINDOWS_1252), true));
        assertEquals(true, imported.getBoolean("committed"));
        JsonObject raksallad = f.arjeplog.getJson("/api/v1/products?q=" + f.run + "&size=10").getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(p -> p.getString("name").startsWith("Räksallad"))
                .findFirst().orElseThrow();
        assertEquals("Handskalade räkor; med ägg", raksallad.getString("description"));
        assertEquals(4990, raksallad.getInt("priceOre"));
        assertEquals(24950, raksallad.getInt("comparisonPriceOre"), "249,50 kr per kg");
        assertEquals(true, raksallad.getBoolean("coolerBag"));
        assertEquals("Mejeri", raksallad.getString("categoryName"));
        assertEquals(List.of("Åkerbär-saft"), names(f, "åkerbär " + f.run));

        JsonObject again = json(upload(f, file.replace("49,90", "52,00").getBytes(StandardCharsets.UTF_8), true));
        assertEquals(0, again.getInt("created"));
        assertEquals(3, again.getInt("updated"));
        assertEquals(3, f.arjeplog.getJson("/api/v1/products?q=" + f.run).getInt("totalItems"), "no duplicates");
    }

    @Test
    void aFileWithoutArticleNumbersIsReimportedByEan() {
        Fixture f = fixture();
        String ean = ean(f.run);
        String other = ean(f.run + "2");
        String file = String.join("\r\n", HEADER,
                ";" + ean + ";Blåbärssylt " + f.run + ";;;39,50;12;st;;;;ja",
                ";" + other + ";Lingonsylt " + f.run + ";;;35,00;12;st;;;;ja") + "\r\n";
        // The shop's first file had article numbers; its till system's export later has only EANs.
        JsonObject first = json(upload(f, file.replace(";" + ean + ";", "BB-" + f.run + ";" + ean + ";")
                .getBytes(WINDOWS_1252), true));
        assertEquals(2, first.getInt("created"));

        JsonObject again = json(upload(f, file.replace("39,50", "42,00").replace("Blåbärssylt", "Blåbärssylt ekologisk")
                .getBytes(WINDOWS_1252), true));
        assertEquals(0, again.getInt("created"));
        assertEquals(2, again.getInt("updated"));
        List<JsonObject> found = f.arjeplog.getJson("/api/v1/products?size=10&q=" + f.run).getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertEquals(2, found.size(), "matched by EAN, not duplicated: " + found);
        JsonObject blueberry = found.stream().filter(p -> ean.equals(p.getString("ean"))).findFirst().orElseThrow();
        assertEquals("Blåbärssylt ekologisk " + f.run, blueberry.getString("name"));
        assertEquals(4200, blueberry.getInt("priceOre"));
        assertEquals("BB-" + f.run, blueberry.getString("sku"), "an empty article-number cell keeps the number");
    }

    /** A valid EAN-13 of its own for each run (products of a shop have unique EANs, and MariaDB keeps them). */
    private static String ean(String seed) {
        String digits = "20" + String.format("%010d", Math.floorMod(seed.hashCode(), 10_000_000_000L));
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return digits + (10 - sum % 10) % 10;
    }

    @Test
    void aFileWithErrorsChangesNothingAndSaysWhereEachErrorIs() {
        Fixture f = fixture();
        String file = String.join("\n", HEADER,
                "E1-" + f.run + ";;Gott bröd " + f.run + ";;;29,90;12;st;;;;ja",
                "E2-" + f.run + ";;Fel pris " + f.run + ";;;tjugo;12;st;;;;ja",
                "E3-" + f.run + ";7310865004704;Fel ean " + f.run + ";;;10;12;st;;;;ja",
                "E4-" + f.run + ";;Fel moms " + f.run + ";;Finns inte;10;20;st;;;;ja");

        JsonObject problem = assertProblem(upload(f, file.getBytes(StandardCharsets.UTF_8), true), 400, "invalid-file");

        List<String> places = problem.getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("field")).toList();
        assertEquals(List.of("line 3: Pris", "line 4: EAN", "line 5: Moms"), places, problem.toString());
        assertTrue(problem.getJsonArray("violations").getJsonObject(0).getString("message").contains("tjugo"));
        assertEquals(List.of(), names(f, f.run), "nothing was imported, not even the good line");
    }

    @Test
    void tenThousandRowsImportAndExportBack() {
        Fixture f = fixture();
        StringBuilder file = new StringBuilder(HEADER).append("\r\n");
        for (int i = 1; i <= 10_000; i++) {
            file.append("BULK-").append(String.format("%05d", i)).append(";;Lagervara ").append(i)
                    .append(" åäö;;;").append(i / 100).append(',').append(String.format("%02d", i % 100))
                    .append(";25;st;;").append(i % 50).append(";;nej\r\n");
        }
        long started = System.nanoTime();
        JsonObject imported = json(upload(f, file.toString().getBytes(StandardCharsets.UTF_8), true));
        System.out.printf("Imported 10,000 rows in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        assertEquals(10_000, imported.getInt("created") + imported.getInt("updated"));

        HttpResponse<String> export = f.arjeplog.download("/api/v1/shops/" + f.shop + "/products/export",
                f.staff.token(), "text/csv");
        assertEquals(200, export.statusCode());
        assertTrue(export.body().startsWith("\uFEFFartikelnummer;ean;namn;"), export.body().substring(0, 80));
        assertTrue(export.body().contains("BULK-10000;;Lagervara 10000 åäö;;;100,00;25;st;;0;rumstemp;nej"),
                "the exported line reads as it was imported");
    }

    @Test
    void onlyTheShopsStaffImportAndExport() {
        Fixture f = fixture();
        Person otherShop = new Accounts(base).shopStaff("arjeplog", f.admin,
                ProductApiIT.shopId(f.arjeplog, "Laisvalls Handel"));
        byte[] file = (HEADER + "\nX-" + f.run + ";;Intrång;;;1;25;st;;;;ja\n").getBytes(StandardCharsets.UTF_8);

        assertProblem(f.arjeplog.postBytes("/api/v1/shops/" + f.shop + "/products/import?commit=true",
                otherShop.token(), "text/csv", file), 403, "forbidden");
        assertProblem(f.arjeplog.download("/api/v1/shops/" + f.shop + "/products/export", otherShop.token(),
                "text/csv"), 403, "forbidden");
        assertProblem(GalleryClient.forMunicipality(base, "harjedalen").postBytes("/api/v1/shops/" + f.shop
                + "/products/import?commit=true", null, "text/csv", file), 404, "not-found");
    }

    private static HttpResponse<String> upload(Fixture f, byte[] file, boolean commit) {
        return f.arjeplog.postBytes("/api/v1/shops/" + f.shop + "/products/import?commit=" + commit, f.staff.token(),
                "text/csv", file);
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return (JsonObject) GalleryClient.json(response);
    }

    private static List<String> names(Fixture f, String query) {
        return f.arjeplog.getJson("/api/v1/products?size=100&q=" + java.net.URLEncoder.encode(query,
                        StandardCharsets.UTF_8)).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("name").replace(" " + f.run, "")).toList();
    }

    private record Fixture(GalleryClient arjeplog, long shop, Person admin, Person staff, String run) {
    }

    private Fixture fixture() {
        Accounts accounts = new Accounts(base);
        GalleryClient arjeplog = GalleryClient.forMunicipality(base, "arjeplog");
        long shop = ProductApiIT.shopId(arjeplog, "Slagnäs Livs & Bensin");
        Person admin = accounts.administrator("arjeplog");
        return new Fixture(arjeplog, shop, admin, accounts.shopStaff("arjeplog", admin, shop),
                "k" + UUID.randomUUID().toString().replace("-", "").substring(0, 10));
    }
}
