package se.egalleria.ordering.application;

import java.time.LocalDate;

/** The shop's inbox filters, each optional: a status, a route day, a village (id). */
public record InboxFilter(String status, LocalDate date, Long villageId) {
}
