/**
 * Statistics for the municipality's dashboard: home deliveries per month, village (also village by
 * month), shop and carrier, pickups, households and the subsidised share; orders and sales per shop
 * and month and by delivery method; service bookings per month and service. A read-only view over
 * the ordering, catalogue and subsidy tables, counted with grouped queries in the database (never
 * order by order), one query class per family of figures (OrderCounts, SalesCounts, BookingCounts).
 */
package se.egalleria.statistics;
