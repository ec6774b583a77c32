/**
 * MunicipalityAdministration: the operator's actions on municipalities, through the tenant-config
 * import path (one municipality, one transaction) so that a created gallery equals a configured one.
 */
package se.egalleria.platform.application;
