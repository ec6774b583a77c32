package se.egalleria.catalog.domain;

import java.util.Arrays;
import java.util.Optional;

/** Swedish VAT (moms): 25 % general, 12 % food, 6 % books, newspapers and passenger transport. */
public enum VatRate {
    VAT_25(25),
    VAT_12(12),
    VAT_6(6);

    private final int percent;

    VatRate(int percent) {
        this.percent = percent;
    }

    public int percent() {
        return percent;
    }

    public static Optional<VatRate> ofPercent(int percent) {
        return Arrays.stream(values()).filter(rate -> rate.percent == percent).findFirst();
    }

    /** The VAT included in a price that includes VAT, in whole öre (rounded half up). */
    public long vatIncludedIn(long priceIncludingVatOre) {
        return Math.round(priceIncludingVatOre * (double) percent / (100 + percent));
    }
}
