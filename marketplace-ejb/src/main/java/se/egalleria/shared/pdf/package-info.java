/** A small writer of text pages (A4, Helvetica) on PDFBox, for delivery notes and reports. */
package se.egalleria.shared.pdf;
