/** Municipalities, their villages and carriers, with the rules that keep them consistent. */
package se.egalleria.tenancy.domain;
