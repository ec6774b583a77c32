/** REST for the municipality's home-delivery statistics (JSON or CSV by Accept). */
package se.egalleria.web.rest.statistics;
