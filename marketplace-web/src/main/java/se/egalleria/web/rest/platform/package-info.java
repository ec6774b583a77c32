/** REST for the platform operator (platform host only): municipalities and regional galleries. */
package se.egalleria.web.rest.platform;
