/**
 * The municipality's administration of units and agreements, the terms checkout applies, what a
 * unit spent against its limits, and the monthly invoice summary (JSON, CSV, PDF).
 */
package se.egalleria.organisation.application;
