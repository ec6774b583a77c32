/**
 * The municipality administrator's console in the API: the gallery's branding and logo, and the
 * admission of its shops (invite, approve, suspend, reactivate) with their catalogue and orders.
 */
package se.egalleria.web.rest.municipality;
