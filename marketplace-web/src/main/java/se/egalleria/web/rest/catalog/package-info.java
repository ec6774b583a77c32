/** The catalogue API: products, categories, services, slots and bookings, and shops' own product lists. */
package se.egalleria.web.rest.catalog;
