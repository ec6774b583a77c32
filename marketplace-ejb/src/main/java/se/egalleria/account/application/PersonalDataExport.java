package se.egalleria.account.application;

import java.time.Instant;
import java.util.List;

/** Everything the gallery keeps about a person, as they download it (GDPR art. 15 and 20). */
public record PersonalDataExport(String municipality, String email, String name, String status, Instant createdAt,
                                 List<String> roles, List<Long> shopIds, List<Long> carrierIds, Instant exportedAt) {
}
