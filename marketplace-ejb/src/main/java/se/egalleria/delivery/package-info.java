/**
 * Home delivery (hemsändning): delivery notes for the shop to print, and later the carriers' runs
 * and the municipality's subsidy reports. Reads orders through {@code ordering.application}.
 */
package se.egalleria.delivery;
