/**
 * Municipalities as tenants: their configuration (branding, villages, carriers, home-delivery
 * settings) loaded from tenant-config/, and which municipality a request belongs to.
 */
package se.egalleria.tenancy;
