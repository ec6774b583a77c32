/**
 * Service points (servicepunkter): shops with a contract with the municipality, designated when they
 * meet enough of the municipality's criteria; and service coverage, how far each village is from the
 * nearest shop and service point.
 */
package se.egalleria.servicepoint;
