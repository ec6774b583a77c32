/** The carrier's pages: the deliveries assigned to it, on a phone in the car. */
package se.egalleria.web.faces.carrier;
