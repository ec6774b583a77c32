package se.egalleria.subsidy.application;

import java.time.LocalDate;

/** One home delivery as the report needs it, with the shop and carrier that made it (for choosing a report's lines). */
public record Delivered(long shopId, Long carrierId, String orderNumber, LocalDate date, String household, String customerName, String address,
                        String village, String carrier, String carrierMode, long orderValueOre, long feeOre,
                        boolean recipientConfirmed, Integer distanceMeters) {
}
