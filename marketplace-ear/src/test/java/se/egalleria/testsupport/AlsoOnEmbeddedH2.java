package se.egalleria.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Every integration test runs on MariaDB, the database of a real installation; the ones marked
 * with this run on the embedded H2 as well, the demo's database. They are the ones whose SQL
 * differs most between the two (the search word index's native statements, stock locks,
 * idempotency keys, reports' aggregates, imports, reads across municipalities) and one main flow
 * per area, so the demo keeps working without running the whole suite twice.
 */
@Tag(AlsoOnEmbeddedH2.TAG)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AlsoOnEmbeddedH2 {

    /** The JUnit tag the H2 run of the build selects. */
    String TAG = "embedded-h2";
}
