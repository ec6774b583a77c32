/**
 * The catalogue of a municipality's gallery: its category tree, the shops' products and service
 * listings (with bookable slots), and Swedish-aware search over them. Public faces:
 * {@link se.egalleria.catalog.application.ProductCatalogue}, {@link se.egalleria.catalog.application.ProductAdministration},
 * {@link se.egalleria.catalog.application.CategoryTree}, {@link se.egalleria.catalog.application.ServiceCatalogue}.
 */
package se.egalleria.catalog;
