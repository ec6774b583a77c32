package se.egalleria.catalog.application.csv;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The columns of a product file: the Swedish header is written on export, the English one also accepted. */
enum Column {
    SKU("artikelnummer", "sku"),
    EAN("ean", "ean"),
    NAME("namn", "name"),
    DESCRIPTION("beskrivning", "description"),
    CATEGORY("kategori", "category"),
    PRICE("pris", "price"),
    VAT("moms", "vat"),
    UNIT("enhet", "unit"),
    NET_QUANTITY("nettomängd", "net_quantity"),
    STOCK("lager", "stock"),
    STORAGE("förvaring", "storage"),
    VISIBLE("synlig", "visible");

    private final String swedish;
    private final String english;

    Column(String swedish, String english) {
        this.swedish = swedish;
        this.english = english;
    }

    String swedish() {
        return swedish;
    }

    static Optional<Column> byHeader(String header) {
        String wanted = comparable(header);
        return Arrays.stream(values())
                .filter(column -> comparable(column.swedish).equals(wanted) || comparable(column.english).equals(wanted))
                .findFirst();
    }

    /**
     * Headers are typed by hand: "Nettomängd", "nettomangd", "Net quantity" and "net_quantity" all
     * mean the same column. Folding å/ä/ö is safe because no two columns differ only there.
     */
    private static String comparable(String header) {
        return Text.clean(header).toLowerCase(Locale.ROOT)
                .replace('å', 'a').replace('ä', 'a').replace('ö', 'o')
                .replaceAll("[\\s_-]", "");
    }
}
