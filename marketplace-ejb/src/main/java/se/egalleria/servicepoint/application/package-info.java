/**
 * Service points for the municipality's administrators (criteria, threshold, assessments,
 * designation) and for the public gallery (the list of service points), and service coverage
 * (distances from each village to the nearest shop and service point, also as CSV).
 */
package se.egalleria.servicepoint.application;
