package se.egalleria.servicepoint.application;

import java.util.List;

/** A service point as the public gallery shows it: the shop, the criteria it meets and its visible services. */
public record PublicServicePoint(long shopId, String name, String village, String description, String openingHours,
                                 String phone, String email, List<String> criteria, List<OfferedService> services) {

    /** One of the shop's visible services (laundry, parcel pickup …), linked by id. */
    public record OfferedService(long id, String name) {
    }

    public PublicServicePoint {
        criteria = List.copyOf(criteria);
        services = List.copyOf(services);
    }
}
