package se.egalleria.tenancy.config;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import se.egalleria.tenancy.domain.CarrierMode;
import se.egalleria.tenancy.domain.EligibilityGroup;

/** One municipality's folder in tenant-config/, validated. */
public record MunicipalityConfig(
        String slug,
        String name,
        String county,
        String defaultLocale,
        Set<String> hosts,
        Branding branding,
        Contact contact,
        HomeDelivery homeDelivery,
        List<Village> villages,
        List<Carrier> carriers,
        List<Shop> shops) {

    public record Branding(String primaryColor, String accentColor, String welcomeSv, String welcomeEn,
                           byte[] logo, String logoContentType) {
    }

    public record Contact(String email, String phone) {
    }

    public record HomeDelivery(long feeOre, Set<EligibilityGroup> eligible, Subsidy subsidy) {
    }

    /** The subsidy rules; zero: no such rule. */
    public record Subsidy(long paymentPerDeliveryOre, long minimumOrderOre, int minimumDistanceMeters,
                          int maxPerHouseholdPerWeek, long stateCapPerDeliveryOre, long priceBaseAmountOre) {

        static final long STATE_CAP_ORE = 10000;
        /** Prisbasbelopp 2026 (59 200 kr); the yearly claim needs half of it. */
        static final long PRICE_BASE_AMOUNT_ORE = 5920000;

        public static Subsidy none() {
            return new Subsidy(0, 0, 0, 0, STATE_CAP_ORE, PRICE_BASE_AMOUNT_ORE);
        }
    }

    public record Village(String name, BigDecimal latitude, BigDecimal longitude, Integer households) {
    }

    public record Carrier(String code, String name, CarrierMode mode, String phone, String organisationNumber,
                          String subsidyAgreement) {
    }

    /** Demo or starting shops: created when missing, never overwritten once they exist. */
    public record Shop(String code, String name, String village, String description, String openingHours,
                       String phone, String email, ShopDelivery homeDelivery, boolean servicePoint,
                       String organisationNumber, String subsidyAgreement) {
    }

    /** A shop's home delivery: the villages it serves (by name), its route days, its minimum order. */
    public record ShopDelivery(Set<String> villages, Set<DayOfWeek> routeDays, long minimumOrderOre) {
    }
}
