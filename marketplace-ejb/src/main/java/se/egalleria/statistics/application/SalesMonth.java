package se.egalleria.statistics.application;

/** Orders placed in one month (2026-11) and what they sold: goods including VAT, and the VAT in it, in öre. */
public record SalesMonth(String month, long orders, long salesOre, long vatOre) {
}
