package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import se.egalleria.catalog.domain.ProductWords;

/**
 * Fills V26's search index for the products that existed before it, with the same words the
 * catalogue writes for new ones (splitting text into words is not portable SQL).
 */
public class V27__index_words_of_existing_products extends BaseJavaMigration {

    private static final int BATCH = 1_000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (PreparedStatement products = connection.prepareStatement("SELECT id, tenant_id, name, description"
                + " FROM product WHERE id > ? ORDER BY id LIMIT " + BATCH);
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT IGNORE INTO product_word (tenant_id, word, product_id) VALUES (?, ?, ?)")) {
            // Page by key: a streaming result set would block the inserts on the same connection.
            long after = 0;
            boolean more = true;
            while (more) {
                more = false;
                products.setLong(1, after);
                try (ResultSet row = products.executeQuery()) {
                    while (row.next()) {
                        more = true;
                        after = row.getLong("id");
                        for (String word : ProductWords.of(row.getString("name"), row.getString("description"))) {
                            insert.setString(1, row.getString("tenant_id"));
                            insert.setString(2, word);
                            insert.setLong(3, after);
                            insert.addBatch();
                        }
                    }
                }
                insert.executeBatch();
            }
        }
    }
}
