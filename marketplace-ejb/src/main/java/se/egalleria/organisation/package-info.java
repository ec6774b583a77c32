/**
 * Organisation customers (kompletteringsinköp): a municipality's own units buy from local shops
 * under a framework agreement per shop (limit, price list, approval above the limit), pay by
 * invoice and get a monthly invoice summary per shop. Orders themselves stay in ordering.
 */
package se.egalleria.organisation;
