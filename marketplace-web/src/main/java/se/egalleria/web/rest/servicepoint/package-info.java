/**
 * REST for service points (the public list; criteria, threshold, assessments and designation for the
 * municipality's administrators) and service coverage (JSON or CSV by Accept).
 */
package se.egalleria.web.rest.servicepoint;
