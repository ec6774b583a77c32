/**
 * Pages of organisation customers: the console's units, agreements, orderers and approvals; the
 * orderer's spending page; the shop's invoice summaries.
 */
package se.egalleria.web.faces.organisation;
