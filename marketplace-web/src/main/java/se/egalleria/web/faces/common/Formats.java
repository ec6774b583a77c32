package se.egalleria.web.faces.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import se.egalleria.web.i18n.Kronor;

/** Formatting for pages: money as Swedes write it, dates and times in Swedish time and the page's language. */
@Named
@ApplicationScoped
public class Formats {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @Inject
    private LanguageView language;

    public String kronor(long ore) {
        return Kronor.format(ore);
    }

    /** "fredag 27 november" / "Friday 27 November". */
    public String date(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofPattern("EEEE d MMMM", language.getLocale()));
    }

    /** A moment stored in UTC, as the clock in Sweden showed it: "2026-11-25 17:05". */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(instant.atZone(SWEDEN));
    }

    public String joined(List<String> items) {
        return items == null ? "" : String.join(", ", items);
    }
}
