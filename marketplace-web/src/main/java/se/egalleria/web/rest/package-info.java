/** JAX-RS resources: thin adapters from HTTP to the application services; records in, records out. */
package se.egalleria.web.rest;
