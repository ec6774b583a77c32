package se.egalleria.organisation.application;

import java.time.LocalDate;
import java.util.List;

/**
 * One shop's monthly invoice summary for one unit: every order line (Swedish date), VAT per rate,
 * and the totals excluding and including VAT. All amounts in öre; prices include VAT.
 */
public record InvoiceSummary(String municipality, long unitId, String unitName, String invoiceReference,
                             String unitAddress, long shopId, String shopName, String agreementReference,
                             String month, int orders, List<Line> lines, List<VatSum> vatByRate,
                             long totalExclVatOre, long vatOre, long totalInclVatOre) {

    public InvoiceSummary {
        lines = List.copyOf(lines);
        vatByRate = List.copyOf(vatByRate);
    }

    /** An order line as sold: unit price including VAT, the rate, the line's total and the VAT in it. */
    public record Line(LocalDate date, String orderNumber, String product, int quantity, long unitPriceOre,
                       int vatPercent, long lineTotalOre, long vatOre) {
    }

    /** The lines of one VAT rate: their total excluding VAT, the VAT, and the total including it. */
    public record VatSum(int vatPercent, long exclVatOre, long vatOre, long inclVatOre) {
    }
}
