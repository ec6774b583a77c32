/**
 * Shops' product files as they really look (Swedish Excel: semicolons, decimal commas, Windows-1252):
 * reads them into checked rows plus every problem found, and writes rows back in the same format.
 */
package se.egalleria.catalog.application.csv;
