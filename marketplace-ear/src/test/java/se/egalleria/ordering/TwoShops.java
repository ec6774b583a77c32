package se.egalleria.ordering;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.Accounts.Person;
import se.egalleria.testsupport.GalleryClient;
import se.egalleria.testsupport.Shopping;

/**
 * Two Arjeplog shops with staff and a new product each: cheese at Fjällboden (10 in stock, 125 kr),
 * bread at Slagnäs Livs (always available, 49,90 kr); the resident lives in Laisvall.
 */
public record TwoShops(GalleryClient arjeplog, Shopping shopping, long fjallboden, long slagnas, long servicePoint,
                       long laisvall, Person fjallbodenStaff, Person slagnasStaff, long cheese, long bread) {

    public static TwoShops in(URL base) {
        Accounts accounts = new Accounts(base);
        GalleryClient arjeplog = GalleryClient.forMunicipality(base, "arjeplog");
        Shopping shopping = new Shopping(arjeplog);
        long fjallboden = Shopping.shopId(arjeplog, "Fjällboden Lanthandel");
        long slagnas = Shopping.shopId(arjeplog, "Slagnäs Livs & Bensin");
        Person admin = accounts.administrator("arjeplog");
        Person fjallbodenStaff = accounts.shopStaff("arjeplog", admin, fjallboden);
        Person slagnasStaff = accounts.shopStaff("arjeplog", admin, slagnas);
        String run = Shopping.newKey().substring(0, 8);
        return new TwoShops(arjeplog, shopping, fjallboden, slagnas, Shopping.shopId(arjeplog, "Laisvalls Handel"),
                shopping.villageId("Laisvall"), fjallbodenStaff, slagnasStaff,
                shopping.product(fjallboden, fjallbodenStaff.token(), "Västerbottensost " + run, 12500, 10),
                shopping.product(slagnas, slagnasStaff.token(), "Tunnbröd " + run, 4990, null));
    }

    /** Fjällboden delivers home; Slagnäs' part is picked up at Laisvalls Handel, a service point. */
    JsonObject homeAndServicePoint(String email) {
        return shopping.contact(email, laisvall, Json.createArrayBuilder()
                .add(Shopping.choice(fjallboden, "HOME_DELIVERY"))
                .add(Json.createObjectBuilder().add("shopId", slagnas).add("delivery", "SERVICE_POINT_PICKUP")
                        .add("servicePointId", servicePoint))).build();
    }

    /**
     * The inbox query that shows one order of this shop on the first page: the order's status and
     * route day. The test database outlives a run, so a shop's unfiltered inbox may start with
     * older orders for earlier days.
     */
    String inboxQueryFor(Person staff, String number) {
        JsonObject order = (JsonObject) GalleryClient.json(arjeplog.send("GET", "/api/v1/orders/" + number,
                staff.token(), null));
        return "&size=100&status=" + order.getString("status")
                + (order.containsKey("deliveryDate") && !order.isNull("deliveryDate")
                ? "&date=" + order.getString("deliveryDate") : "");
    }
}
