/**
 * The API of organisation customers: units and their framework agreements (administrators),
 * orderers, spending against the limits, approvals above a limit, monthly invoice summaries.
 */
package se.egalleria.web.rest.organisation;
