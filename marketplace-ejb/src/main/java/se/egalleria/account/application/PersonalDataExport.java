package se.egalleria.account.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything the gallery keeps about a person, as they download it (GDPR art. 15 and 20): the
 * account, and per area (orders, service bookings) what that area keeps.
 */
public record PersonalDataExport(String municipality, String email, String name, String status, Instant createdAt,
                                 List<String> roles, List<Long> shopIds, List<Long> carrierIds,
                                 Map<String, List<?>> kept, Instant exportedAt) {
}
