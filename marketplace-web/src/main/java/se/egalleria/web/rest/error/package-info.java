/** Every API error as application/problem+json: one mapper per exception family, and a fallback. */
package se.egalleria.web.rest.error;
