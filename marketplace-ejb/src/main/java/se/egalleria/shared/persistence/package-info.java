/**
 * The database as a whole: the schema is owned by Flyway migrations (run once at deployment,
 * before anything touches the persistence unit) and the datasource is chosen by configuration.
 */
package se.egalleria.shared.persistence;
