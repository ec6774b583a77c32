/** Faces backing beans, one per use case; they call the application services and hold no logic. */
package se.egalleria.web.faces;
