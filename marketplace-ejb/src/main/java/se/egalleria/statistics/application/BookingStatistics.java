package se.egalleria.statistics.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.text.Collator;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.egalleria.account.application.Access;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.shop.application.ShopDirectory;

/**
 * The municipality's service bookings per month and service for a period of whole months (its
 * administrators only): one grouped query per month and one for the booked services' names.
 */
@Stateless
public class BookingStatistics {

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private Access access;

    @Inject
    private ShopDirectory shops;

    /** Months written 2026-01; {@code to} not before {@code from}, at most 24 months in all. */
    public BookingFigures bookings(String from, String to) {
        access.requireAdministrator();
        Period period = Period.of(from, to);
        BookingCounts counts = new BookingCounts(tenantEm.current());
        Map<YearMonth, long[]> months = new LinkedHashMap<>();
        Map<Long, Map<YearMonth, long[]>> services = new HashMap<>();
        for (YearMonth month : period.months()) {
            long[] inMonth = months.computeIfAbsent(month, m -> new long[2]);
            for (BookingCounts.ServiceCount c : counts.madeByService(Period.start(month),
                    Period.start(month.plusMonths(1)))) {
                inMonth[0] += c.bookings();
                inMonth[1] += c.seats();
                services.computeIfAbsent(c.serviceId(), id -> new HashMap<>()).put(month,
                        new long[] {c.bookings(), c.seats()});
            }
        }
        Map<Long, String> shopNames = shops.namesById();
        Collator swedish = Collator.getInstance(Locale.forLanguageTag("sv"));
        List<ServiceBookingFigures> rows = counts.services(services.keySet()).stream()
                .map(s -> service(s, shopNames.getOrDefault(s.shopId(), ""), services.get(s.id()), period))
                .sorted(Comparator.comparing(ServiceBookingFigures::service, swedish::compare)
                        .thenComparing(ServiceBookingFigures::serviceId))
                .toList();
        List<BookingMonth> monthRows = months.entrySet().stream()
                .map(e -> new BookingMonth(e.getKey().toString(), e.getValue()[0], e.getValue()[1])).toList();
        return new BookingFigures(period.from().toString(), period.to().toString(),
                monthRows.stream().mapToLong(BookingMonth::bookings).sum(),
                monthRows.stream().mapToLong(BookingMonth::seats).sum(), monthRows, rows);
    }

    private static ServiceBookingFigures service(BookingCounts.Service s, String shop, Map<YearMonth, long[]> cells,
                                                 Period period) {
        List<BookingMonth> perMonth = period.months().stream().map(m -> {
            long[] cell = cells.getOrDefault(m, new long[2]);
            return new BookingMonth(m.toString(), cell[0], cell[1]);
        }).toList();
        return new ServiceBookingFigures(s.id(), s.name(), s.shopId(), shop,
                perMonth.stream().mapToLong(BookingMonth::bookings).sum(),
                perMonth.stream().mapToLong(BookingMonth::seats).sum(), perMonth);
    }
}
