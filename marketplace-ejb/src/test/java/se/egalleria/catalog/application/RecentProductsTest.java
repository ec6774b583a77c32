package se.egalleria.catalog.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RecentProductsTest {

    private final AtomicLong now = new AtomicLong();
    private final RecentProducts products = new RecentProducts(now::get);

    private static ProductSummary summary(long id, int stock) {
        return new ProductSummary(id, 7, "Fjällboden", "sku-" + id, null, "Hjortronsylt", "Från Arjeplog", null, null,
                8900, 12, 954, "PIECE", null, null, null, null, stock, stock > 0, "AMBIENT", false, true, 1, null);
    }

    private void keep(String tenant, ProductSummary... summaries) {
        products.keep(tenant, products.generation(tenant), List.of(summaries));
    }

    @Test
    void aProductShownIsKeptForItsLifetimeOnly() {
        keep("arjeplog", summary(1, 3));
        now.addAndGet(RecentProducts.LIFETIME.toNanos() - 1);
        assertEquals(Map.of(1L, summary(1, 3)), products.known("arjeplog", List.of(1L, 2L)));
        now.addAndGet(1);
        assertEquals(Map.of(), products.known("arjeplog", List.of(1L)), "another node's change shows after the lifetime");
    }

    @Test
    void municipalitiesKeepTheirOwnProducts() {
        keep("arjeplog", summary(1, 3));
        assertEquals(Map.of(), products.known("harjedalen", List.of(1L)));
    }

    @Test
    void aChangeOfTheMunicipalitysProductsForgetsAllOfThemAndOnlyThem() {
        keep("arjeplog", summary(1, 3), summary(2, 5));
        keep("harjedalen", summary(9, 1));
        products.changed("arjeplog");
        assertEquals(Map.of(), products.known("arjeplog", List.of(1L, 2L)));
        assertEquals(Map.of(9L, summary(9, 1)), products.known("harjedalen", List.of(9L)));
    }

    @Test
    void whatWasReadBeforeAChangeIsNotKept() {
        long before = products.generation("arjeplog");
        products.changed("arjeplog");
        products.keep("arjeplog", before, List.of(summary(1, 3)));
        assertEquals(Map.of(), products.known("arjeplog", List.of(1L)));
    }

    @Test
    void aProductWhoseStockChangedIsForgottenAlone() {
        keep("arjeplog", summary(1, 3), summary(2, 5));
        products.forget("arjeplog", List.of(1L));
        assertEquals(Map.of(2L, summary(2, 5)), products.known("arjeplog", List.of(1L, 2L)));
    }

    @Test
    void summariesHashByIdAndVersionYetCompareByEveryField() {
        assertEquals(summary(1, 3).hashCode(), summary(1, 0).hashCode());
        assertNotEquals(summary(1, 3), summary(1, 0));
    }
}
