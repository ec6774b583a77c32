/** REST for the municipality administrator's console: home-delivery fee and subsidy rules. */
package se.egalleria.web.rest.municipality;
