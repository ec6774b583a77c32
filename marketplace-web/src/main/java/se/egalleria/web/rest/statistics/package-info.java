/**
 * REST for the municipality's statistics (deliveries, deliveries per village and month, sales,
 * delivery methods, service bookings), each as JSON or CSV by Accept.
 */
package se.egalleria.web.rest.statistics;
