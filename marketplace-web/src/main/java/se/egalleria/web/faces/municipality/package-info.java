/**
 * The municipality administrator's pages: the home-delivery subsidy (register and monthly reports)
 * and the delivery statistics.
 */
package se.egalleria.web.faces.municipality;
