/**
 * Statistics for the municipality from the home-delivery data: deliveries per month, village,
 * shop and carrier, pickups, households and the subsidised share. A read-only view over the
 * ordering and subsidy tables, counted with grouped queries in the database (never order by order).
 */
package se.egalleria.statistics;
