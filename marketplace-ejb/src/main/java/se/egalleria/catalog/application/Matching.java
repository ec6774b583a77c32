package se.egalleria.catalog.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Set;
import se.egalleria.catalog.domain.Product;
import se.egalleria.shared.PageRequest;

/**
 * The visible products of open shops that a resident's query matches, as JPQL: its filters, its
 * words (LIKE decides; the word index, where given, narrows the candidates first) and its order.
 */
final class Matching {

    private final ProductQuery query;
    private final WordSearch words;
    private final Set<Long> openShops;
    private final List<Long> categoryIds;
    /** Per search word, the indexed words containing it; null where the index does not narrow. */
    private final List<List<String>> indexed;

    private Matching(ProductQuery query, WordSearch words, Set<Long> openShops, List<Long> categoryIds,
                     List<List<String>> indexed) {
        this.query = query;
        this.words = words;
        this.openShops = openShops;
        this.categoryIds = categoryIds;
        this.indexed = indexed;
    }

    /** The query's products, the category's subcategories included (categoryIds). */
    static Matching of(ProductQuery query, WordSearch words, Set<Long> openShops, List<Long> categoryIds) {
        return new Matching(query, words, openShops, categoryIds, List.of());
    }

    /** The same, candidates narrowed by the word index ({@link ProductWordIndex#wordsContaining}). */
    Matching narrowedBy(List<List<String>> indexedWords) {
        return new Matching(query, words, openShops, categoryIds, indexedWords);
    }

    long count(EntityManager em) {
        return bound(em.createQuery("SELECT COUNT(p)" + where(), Long.class), false).getSingleResult();
    }

    List<Product> page(EntityManager em, PageRequest page) {
        return bound(em.createQuery("SELECT p" + where() + order(), Product.class), true)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    /** The first matching ids, in order. */
    List<Long> ids(EntityManager em, int max) {
        return bound(em.createQuery("SELECT p.id" + where() + order(), Long.class), true).setMaxResults(max)
                .getResultList();
    }

    private String where() {
        StringBuilder where = new StringBuilder(" FROM Product p WHERE p.visible = TRUE")
                .append(query.shopId() == null ? " AND p.shopId IN :openShops" : " AND p.shopId = :shopId")
                .append(query.categoryId() == null ? "" : " AND p.categoryId IN :categoryIds");
        for (int i = 0; i < indexed.size(); i++) {
            if (indexed.get(i) != null) {
                where.append(" AND p.id IN (SELECT w").append(i).append(".productId FROM ProductWord w").append(i)
                        .append(" WHERE w").append(i).append(".word IN :v").append(i).append(')');
            }
        }
        return where.append(words.conditions("p.name", "p.description")).toString();
    }

    private String order() {
        return switch (query.sort()) {
            case PRICE_ASCENDING -> " ORDER BY p.priceOre, p.name, p.id";
            case PRICE_DESCENDING -> " ORDER BY p.priceOre DESC, p.name, p.id";
            case NAME -> " ORDER BY p.name, p.id";
            case RELEVANCE -> words.isEmpty() ? " ORDER BY p.name, p.id"
                    : " ORDER BY " + words.relevance("p.name") + ", p.name, p.id";
        };
    }

    private <T> TypedQuery<T> bound(TypedQuery<T> q, boolean ordered) {
        words.bind(q);
        if (ordered && !words.isEmpty() && query.sort() == ProductQuery.Sort.RELEVANCE) {
            words.bindRelevance(q);
        }
        for (int i = 0; i < indexed.size(); i++) {
            if (indexed.get(i) != null) {
                q.setParameter("v" + i, indexed.get(i));
            }
        }
        if (query.shopId() != null) {
            q.setParameter("shopId", query.shopId());
        } else {
            q.setParameter("openShops", openShops);
        }
        if (query.categoryId() != null) {
            q.setParameter("categoryIds", categoryIds);
        }
        return q;
    }
}
