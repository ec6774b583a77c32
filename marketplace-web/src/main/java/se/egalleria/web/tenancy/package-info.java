/**
 * Decides, once per request, which municipality's gallery the request is for (host name or the
 * /g/{slug}/ path prefix), and serves each gallery's branding files.
 */
package se.egalleria.web.tenancy;
