package se.egalleria.catalog.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** VAT is stored as its percentage (25, 12, 6), readable in SQL reports. */
@Converter(autoApply = true)
public class VatRateConverter implements AttributeConverter<VatRate, Integer> {

    @Override
    public Integer convertToDatabaseColumn(VatRate rate) {
        return rate == null ? null : rate.percent();
    }

    @Override
    public VatRate convertToEntityAttribute(Integer percent) {
        return percent == null ? null : VatRate.ofPercent(percent)
                .orElseThrow(() -> new IllegalStateException("No VAT rate of " + percent + " %"));
    }
}
