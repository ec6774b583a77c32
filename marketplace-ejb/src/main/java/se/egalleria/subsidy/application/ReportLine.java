package se.egalleria.subsidy.application;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of the monthly report: a delivery, the household's approval basis (null: not in the
 * register), the rule checks that failed, and the subsidy claimed (0 when a check failed).
 */
public record ReportLine(String orderNumber, LocalDate date, String customerName, String address, String village,
                         String basis, Integer distanceMeters, String kind, String carrier, String carrierMode,
                         long orderValueOre, long feeOre, long subsidyOre, boolean recipientConfirmed,
                         List<String> flags) {

    public ReportLine {
        flags = List.copyOf(flags);
    }
}
