package se.egalleria.catalog.domain;

/** What a net quantity is measured in; decides whether the comparison price is per kg or per litre. */
public enum MeasureUnit {
    G,
    ML
}
