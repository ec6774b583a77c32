package se.egalleria.organisation.application;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * VAT per rate from the order lines. The VAT of each line was rounded once, when it was sold, so the
 * summary adds those amounts up instead of rounding again: it then agrees with every order.
 */
final class InvoiceSums {

    private InvoiceSums() {
    }

    static List<InvoiceSummary.VatSum> byRate(List<InvoiceSummary.Line> lines) {
        Map<Integer, long[]> sums = new TreeMap<>();
        for (InvoiceSummary.Line l : lines) {
            long[] sum = sums.computeIfAbsent(l.vatPercent(), rate -> new long[2]);
            sum[0] += l.lineTotalOre();
            sum[1] += l.vatOre();
        }
        return sums.entrySet().stream().map(e -> new InvoiceSummary.VatSum(e.getKey(), e.getValue()[0]
                - e.getValue()[1], e.getValue()[1], e.getValue()[0])).toList();
    }
}
