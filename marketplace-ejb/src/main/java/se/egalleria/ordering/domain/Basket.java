package se.egalleria.ordering.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.LockModeType;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.config.QueryHints;
import se.egalleria.shared.persistence.TenantOwnedEntity;

/** A resident's basket: products from any shop of the gallery, found by a token only its holder knows. */
@Entity
@Table(name = "basket")
// To show a basket, its lines come in the same statement. To change one, only the basket's row is
// locked and its lines are read after: locking them in the same statement (on MariaDB) locked the
// index gaps beside them too, and residents' baskets made one after another deadlocked. Lock and
// fetch are part of the named queries, so each is prepared once (set on a query per call, they
// made EclipseLink prepare it again every time: 7 % of the time of a change).
@NamedQuery(name = Basket.BY_TOKEN, query = "SELECT b FROM Basket b WHERE b.tokenDigest = :digest",
        hints = @QueryHint(name = QueryHints.LEFT_FETCH, value = "b.items"))
@NamedQuery(name = Basket.BY_TOKEN_FOR_CHANGE, query = "SELECT b FROM Basket b WHERE b.tokenDigest = :digest",
        lockMode = LockModeType.PESSIMISTIC_WRITE)
public class Basket extends TenantOwnedEntity {

    public static final String BY_TOKEN = "Basket.byToken";
    /** The basket locked for the rest of the transaction. */
    public static final String BY_TOKEN_FOR_CHANGE = "Basket.byTokenForChange";

    /** More lines than any household order needs; keeps a runaway script from growing a basket forever. */
    public static final int MAX_LINES = 100;

    @Column(name = "token_digest", nullable = false, length = 64, updatable = false)
    private String tokenDigest;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /**
     * When the basket last changed, to the minute (for clearing out abandoned baskets): a resident
     * filling a basket changes it many times a minute, and each exact time was a write of its own.
     */
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    static final Duration UPDATED_AT_PRECISION = Duration.ofMinutes(1);

    private static final Comparator<BasketItem> IN_ORDER_ADDED = Comparator.comparing(BasketItem::addedAt)
            .thenComparing(BasketItem::id, Comparator.nullsLast(Comparator.naturalOrder()));

    @OneToMany(mappedBy = "basket", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("addedAt, id")
    private List<BasketItem> items = new ArrayList<>();

    protected Basket() {
        // for JPA
    }

    public Basket(String tokenDigest, Instant now) {
        this.tokenDigest = tokenDigest;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Sets how many of a product the basket holds; zero takes it out. */
    public void setQuantity(long productId, int quantity, Instant now) {
        Optional<BasketItem> existing = item(productId);
        if (quantity <= 0) {
            existing.ifPresent(items::remove);
        } else if (existing.isPresent()) {
            existing.get().changeQuantity(quantity);
        } else {
            if (items.size() >= MAX_LINES) {
                throw new IllegalStateException("A basket holds at most " + MAX_LINES + " lines");
            }
            items.add(new BasketItem(this, productId, quantity, now));
        }
        changedAt(now);
    }

    public boolean isFull() {
        return items.size() >= MAX_LINES;
    }

    public void empty(Instant now) {
        items.clear();
        changedAt(now);
    }

    private void changedAt(Instant now) {
        if (!now.isBefore(updatedAt.plus(UPDATED_AT_PRECISION))) {
            updatedAt = now;
        }
    }

    Instant updatedAt() {
        return updatedAt;
    }

    public Optional<BasketItem> item(long productId) {
        return items.stream().filter(i -> i.productId() == productId).findFirst();
    }

    /** In the order they were put in (read with the basket in one join, whose rows come in no set order). */
    public List<BasketItem> items() {
        return items.stream().sorted(IN_ORDER_ADDED).toList();
    }
}
