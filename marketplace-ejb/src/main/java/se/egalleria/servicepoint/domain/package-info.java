/**
 * The municipality's service-point criteria and threshold, each shop's assessment (criteria met,
 * contract, compensation), and the pure rule that decides whether a shop may be designated.
 */
package se.egalleria.servicepoint.domain;
