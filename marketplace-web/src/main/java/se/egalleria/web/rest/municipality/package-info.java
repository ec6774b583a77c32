/**
 * The municipality administrator's console in the API: the gallery's branding and logo, the
 * admission of its shops (invite, approve, suspend, reactivate), the home-delivery fee and subsidy
 * rules, villages, carriers, shops' delivery areas and the category tree.
 */
package se.egalleria.web.rest.municipality;
