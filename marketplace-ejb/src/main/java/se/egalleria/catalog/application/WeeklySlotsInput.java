package se.egalleria.catalog.application;

/**
 * A weekly series of slots as a shop sends it, not yet checked: the weekday (MONDAY … SUNDAY), the
 * time in Swedish time ("10:00"), seats, how many weeks (at most 52), and optionally the first day
 * to consider ("2026-12-01"; today when missing).
 */
public record WeeklySlotsInput(String weekday, String time, Integer capacity, Integer weeks, String from) {
}
