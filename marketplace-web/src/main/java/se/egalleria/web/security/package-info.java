/**
 * Authentication at the edge (Jakarta Security): bearer tokens for the API, a session after a
 * form sign-in for pages, the identity store on the project's database, login throttling and
 * the security headers every response carries. Authorisation itself lives in the services.
 */
package se.egalleria.web.security;
