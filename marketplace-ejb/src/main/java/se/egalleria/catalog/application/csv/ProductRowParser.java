package se.egalleria.catalog.application.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.egalleria.catalog.domain.NetQuantity;
import se.egalleria.catalog.domain.StorageClass;
import se.egalleria.catalog.domain.Unit;
import se.egalleria.catalog.domain.VatRate;

/**
 * Turns the lines of one file into product rows. Keeps the article numbers and EANs seen so far,
 * since they identify products when the file is imported again and so must be unique in it.
 */
final class ProductRowParser {

    static final int MAX_SKU = 40;
    static final int MAX_NAME = 120;
    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_CATEGORY = 120;

    private final CsvHeader header;
    private final Map<String, Integer> lineOfSku = new HashMap<>();
    private final Map<String, Integer> lineOfEan = new HashMap<>();

    ProductRowParser(CsvHeader header) {
        this.header = header;
    }

    /** The row, or empty with the line's problems added to {@code problems}. */
    Optional<ProductRow> parse(int line, List<String> values, List<CsvProblem> problems) {
        Cells cells = new Cells(header, line, values);
        String sku = cells.text(Column.SKU, MAX_SKU);
        String ean = cells.optional(Column.EAN, EanCodes::parse, null);
        String name = cells.requiredText(Column.NAME, MAX_NAME);
        String description = cells.text(Column.DESCRIPTION, MAX_DESCRIPTION);
        String category = cells.text(Column.CATEGORY, MAX_CATEGORY);
        Long priceOre = cells.required(Column.PRICE, Prices::parseOre);
        VatRate vat = cells.required(Column.VAT, Vocabulary::vat);
        Unit unit = cells.optional(Column.UNIT, Vocabulary::unit, Unit.ST);
        NetQuantity netQuantity = cells.optional(Column.NET_QUANTITY, NetQuantities::parse, null);
        Integer stock = cells.optional(Column.STOCK, value -> Vocabulary.stock(value).orElse(null), null);
        StorageClass storage = cells.optional(Column.STORAGE, Vocabulary::storage, StorageClass.AMBIENT);
        Boolean visible = cells.optional(Column.VISIBLE, Vocabulary::visible, true);

        checkIdentifiers(cells, line, sku, ean);
        header.firstValueOutside(values)
                .ifPresent(position -> cells.lineProblem("csv.error.valueWithoutColumn", position));

        if (!cells.problems().isEmpty()) {
            problems.addAll(cells.problems());
            return Optional.empty();
        }
        return Optional.of(new ProductRow(line, sku, ean, name, orEmpty(description), orEmpty(category),
                priceOre, vat, unit, netQuantity, stock, storage, visible));
    }

    private void checkIdentifiers(Cells cells, int line, String sku, String ean) {
        if (cells.isEmpty(Column.SKU) && cells.isEmpty(Column.EAN)) {
            cells.problem(header.has(Column.SKU) ? Column.SKU : Column.EAN, "csv.error.identifierMissing");
        }
        if (sku != null) {
            // The database compares article numbers without regard to case (utf8mb4_swedish_ci).
            checkUnique(cells, Column.SKU, lineOfSku, sku.toLowerCase(Locale.ROOT), sku, line, "csv.error.duplicateSku");
        }
        if (ean != null) {
            checkUnique(cells, Column.EAN, lineOfEan, ean, ean, line, "csv.error.duplicateEan");
        }
    }

    private static void checkUnique(Cells cells, Column column, Map<String, Integer> seen, String key, String value,
                                    int line, String messageKey) {
        Integer firstLine = seen.putIfAbsent(key, line);
        if (firstLine != null) {
            cells.problem(column, messageKey, value, firstLine);
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
