/**
 * The home-care API: the municipality's administrator assigns residents to home-care workers
 * ({@code /municipality/home-care}); a worker lists the residents assigned to them ({@code /home-care}).
 * Orders for them go through the ordinary checkout with {@code onBehalfOf}.
 */
package se.egalleria.web.rest.homecare;
