/** The web edge: tenant resolution, the REST API and the Faces pages. Thin: all work is done by the application services. */
package se.egalleria.web;
