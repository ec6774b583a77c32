package se.egalleria.catalog.domain;

/** What a price is for: a piece, a kilogram, a litre, a package (st, kg, l, förp). */
public enum Unit {
    ST("st"),
    KG("kg"),
    L("l"),
    FORP("förp");

    private final String label;

    Unit(String label) {
        this.label = label;
    }

    /** As Swedish shops write it. */
    public String label() {
        return label;
    }
}
