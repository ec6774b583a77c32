package se.egalleria.catalog.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import se.egalleria.catalog.domain.Product;
import se.egalleria.catalog.domain.ProductWords;
import se.egalleria.shared.persistence.TenantOwnedEntity;

/**
 * The storefront search's index: the words of every product ({@link ProductWords}), kept in the
 * same transaction as the product, and each distinct word once in the municipality's vocabulary
 * ({@code product_vocabulary}). A search word is first looked up in the vocabulary (a short scan),
 * then the products of the words containing it are read by key, instead of reading every
 * product's name and description with {@code LIKE '%word%'}.
 */
final class ProductWordIndex {

    /** A search word inside more words than this (a single letter, say) gains nothing from the index. */
    static final int MAX_MATCHING_WORDS = 1_000;

    private static final int ROWS_PER_INSERT = 500;

    private ProductWordIndex() {
    }

    /** Replaces the words of these products; they must have been flushed (they need their ids). */
    static void reindex(EntityManager em, Collection<Product> products) {
        if (products.isEmpty()) {
            return;
        }
        em.createQuery("DELETE FROM ProductWord w WHERE w.productId IN :ids")
                .setParameter("ids", products.stream().map(Product::id).toList()).executeUpdate();
        List<Object[]> rows = new ArrayList<>();
        for (Product product : products) {
            for (String word : ProductWords.of(product.name(), product.description())) {
                rows.add(new Object[] {word, product.id()});
            }
        }
        String tenant = (String) em.getProperties().get(TenantOwnedEntity.TENANT_PROPERTY);
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            insert(em, "product_word (tenant_id, word, product_id)", tenant,
                    rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT)));
        }
        List<Object[]> vocabulary = rows.stream().map(row -> (String) row[0]).distinct()
                .map(word -> new Object[] {word}).toList();
        for (int from = 0; from < vocabulary.size(); from += ROWS_PER_INSERT) {
            insert(em, "product_vocabulary (tenant_id, word)", tenant,
                    vocabulary.subList(from, Math.min(vocabulary.size(), from + ROWS_PER_INSERT)));
        }
    }

    /**
     * Per search word, the indexed words containing it; null for a word inside more than
     * {@link #MAX_MATCHING_WORDS} words, and an empty list where nothing can match.
     */
    static List<List<String>> wordsContaining(EntityManager em, WordSearch search) {
        List<List<String>> matching = new ArrayList<>();
        for (int i = 0; i < search.size(); i++) {
            List<String> words = em.createQuery("SELECT v.word FROM VocabularyWord v"
                            + " WHERE v.word LIKE :pattern ESCAPE '!'", String.class)
                    .setParameter("pattern", search.pattern(i)).setMaxResults(MAX_MATCHING_WORDS + 1).getResultList();
            matching.add(words.size() > MAX_MATCHING_WORDS ? null : words);
        }
        return matching;
    }

    /**
     * Bulk rows in one statement each: entity inserts would be one statement per word. Native SQL
     * names the tenant itself, from the EntityManager that every other query here gets it from;
     * a word that equals another under the table's collation (Mjölk, mjölk) is one row.
     */
    private static void insert(EntityManager em, String tableAndColumns, String tenant, List<Object[]> rows) {
        String values = "(?" + ", ?".repeat(rows.get(0).length) + ")";
        StringBuilder sql = new StringBuilder("INSERT IGNORE INTO ").append(tableAndColumns).append(" VALUES ");
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(values);
        }
        Query insert = em.createNativeQuery(sql.toString());
        int position = 1;
        for (Object[] row : rows) {
            insert.setParameter(position++, tenant);
            for (Object value : row) {
                insert.setParameter(position++, value);
            }
        }
        insert.executeUpdate();
    }
}
