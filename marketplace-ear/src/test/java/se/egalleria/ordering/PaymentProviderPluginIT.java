package se.egalleria.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.egalleria.testsupport.ProblemAssertions.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ArchivePaths;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.Deployments;
import se.egalleria.testsupport.GalleryClient;
import se.egalleria.testsupport.Shopping;

/**
 * The payment interface is open: the real EAR with one more provider bean in its EJB module
 * ({@link TestCardPayment}), and nothing else changed, offers it, keeps the provider's payment page
 * on the orders, and rolls a declined payment back.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentProviderPluginIT {

    private static final String EJB_MODULE = "marketplace-ejb.jar";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.marketplaceEar();
        JavaArchive ejb = ShrinkWrap.create(JavaArchive.class, EJB_MODULE).as(ZipImporter.class)
                .importFrom(ear.get(ArchivePaths.create(EJB_MODULE)).getAsset().openStream()).as(JavaArchive.class)
                .addClass(TestCardPayment.class);
        ear.delete(EJB_MODULE);
        return ear.addAsModule(ejb);
    }

    @Test
    void aProviderBeanIsOfferedWhereItIsAvailableAndItsPaymentPageKept() {
        TwoShops s = TwoShops.in(base);
        assertEquals(List.of("PAY_ON_DELIVERY", "INVOICE", TestCardPayment.CODE), codes(s.arjeplog()));
        assertEquals(List.of("PAY_ON_DELIVERY", "INVOICE"), codes(GalleryClient.forMunicipality(base, "harjedalen")),
                "the provider has no contract in Härjedalen");

        String basket = s.shopping().basket();
        s.shopping().addOk(basket, s.cheese(), 2);
        s.shopping().addOk(basket, s.bread(), 1);
        String key = Shopping.newKey();
        JsonObject card = Json.createObjectBuilder(s.homeAndServicePoint(Accounts.newAddress("card")))
                .add("payment", TestCardPayment.CODE).build();
        HttpResponse<String> placed = s.shopping().checkout(basket, null, card, key);
        assertEquals(201, placed.statusCode(), placed.body());
        for (JsonObject order : CheckoutApiIT.orders(placed)) {
            assertEquals(TestCardPayment.CODE, order.getString("payment"));
            assertEquals("AWAITING_PAYMENT", order.getString("paymentStatus"));
            assertEquals("https://pay.example.test/" + order.getString("number") + "?amount="
                    + order.getJsonNumber("totalOre") + "&lang=sv", order.getString("paymentUrl"));
        }
        HttpResponse<String> again = s.shopping().checkout(basket, null, card, key);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(CheckoutApiIT.orders(placed), CheckoutApiIT.orders(again), "a retry answers the same orders, "
                + "with the same payment pages");
    }

    @Test
    void aDeclinedPaymentPlacesNothing() {
        TwoShops s = TwoShops.in(base);
        String basket = s.shopping().basket();
        s.shopping().addOk(basket, s.cheese(), 2);
        s.shopping().addOk(basket, s.bread(), 1);
        JsonObject declined = Json.createObjectBuilder(s.homeAndServicePoint("declined-" + Accounts.newAddress("card")))
                .add("payment", TestCardPayment.CODE).build();

        JsonObject problem = assertProblem(s.shopping().checkout(basket, null, declined, Shopping.newKey()), 400,
                "invalid-input");
        assertEquals("payment", problem.getJsonArray("violations").getJsonObject(0).getString("field"));
        assertEquals("Betalningen gick inte igenom. Välj ett annat sätt att betala.",
                problem.getJsonArray("violations").getJsonObject(0).getString("message"));
        assertEquals(10, s.arjeplog().getJson("/api/v1/products/" + s.cheese()).getInt("stock"), "nothing taken");
        assertEquals(3, s.arjeplog().getJson("/api/v1/baskets/" + basket).getInt("itemCount"), "basket kept");
    }

    private static List<String> codes(GalleryClient gallery) {
        HttpResponse<String> response = gallery.get("/api/v1/payment-methods");
        assertEquals(200, response.statusCode(), response.body());
        return ((JsonArray) GalleryClient.json(response)).getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("code")).toList();
    }
}
