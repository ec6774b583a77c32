/**
 * The platform's own pages (platform host): the list of galleries, the operator's municipalities
 * console, and the regional galleries (/r/{slug}/).
 */
package se.egalleria.web.faces.platform;
