/**
 * The municipality administrator's console over its shops: each shop with its status, catalogue
 * size and orders. A read-only view over the shop, catalogue and ordering tables, counted with a
 * few grouped queries per page (never shop by shop); the changes go through the areas' services.
 */
package se.egalleria.administration;
