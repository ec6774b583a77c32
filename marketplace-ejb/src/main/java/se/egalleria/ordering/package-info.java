/**
 * Ordering: the resident's basket across all shops of a gallery, checkout with delivery and
 * payment chosen per shop, and the orders it places (one per shop, prices captured at order time).
 * Public face: {@code application.Baskets}, {@code application.Checkouts}, {@code application.Orders}.
 */
package se.egalleria.ordering;
