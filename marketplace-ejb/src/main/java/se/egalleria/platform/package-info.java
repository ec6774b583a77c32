/** The platform operator's console: municipalities (tenants) created, suspended, reactivated, exported. */
package se.egalleria.platform;
