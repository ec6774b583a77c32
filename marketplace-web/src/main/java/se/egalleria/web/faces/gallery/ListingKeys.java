package se.egalleria.web.faces.gallery;

import java.util.List;

/**
 * Keys of the product list's rendered parts ({@code <p:cache>} in products.xhtml). Rendering the
 * rows, the shop filter and the category list was most of the page's cost (bench/README.md, W8),
 * and every resident browsing a category sees the same. A key carries all a part shows: the
 * municipality, the language, the catalogue's generation on this node (products, categories, open
 * shops) and, for the rows, each product's id, version (a sale changes it) and picture; so a change
 * here shows at once. What it cannot carry (another node's changes, a shop renamed) shows when the
 * part expires ({@code RenderedFragments}).
 */
final class ListingKeys {

    private ListingKeys() {
    }

    /** What every part's key starts with. */
    static String common(String tenant, String language, long generation) {
        return tenant + '|' + language + '|' + generation;
    }

    /** The result rows, whose forms post to {@code listAddress}. */
    static String rows(String common, String listAddress, List<ProductCard> cards) {
        StringBuilder key = new StringBuilder(common.length() + listAddress.length() + 24 * cards.size())
                .append(common).append("|rows|").append(listAddress);
        for (ProductCard card : cards) {
            key.append('|').append(card.product().id()).append('.').append(card.product().version()).append('.')
                    .append(card.product().imageVersion());
        }
        return key.toString();
    }

    /** The shop filter, with the chosen shop. */
    static String shopFilter(String common, Long chosenShop) {
        return common + "|shops|" + chosenShop;
    }

    /** The category list, whose links start with the gallery's prefix. */
    static String categories(String common, String galleryLink) {
        return common + "|categories|" + galleryLink;
    }
}
