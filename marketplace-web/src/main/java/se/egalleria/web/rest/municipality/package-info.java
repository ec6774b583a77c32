/**
 * REST for the municipality administrator's console: home-delivery fee and subsidy rules,
 * villages, carriers, shops' delivery areas and the category tree.
 */
package se.egalleria.web.rest.municipality;
