/** REST for the municipality administrator's console: home-delivery fee and subsidy rules, villages, carriers. */
package se.egalleria.web.rest.municipality;
