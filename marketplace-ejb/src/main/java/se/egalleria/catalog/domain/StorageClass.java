package se.egalleria.catalog.domain;

/** How a product is kept; chilled and frozen goods travel in cooler bags (kylväskor). */
public enum StorageClass {
    AMBIENT,
    CHILLED,
    FROZEN
}
