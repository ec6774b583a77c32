/**
 * Reads and validates tenant-config/ (one folder per municipality) and loads it into the
 * database at start-up. A broken file stops the start with the file, field and problem named.
 */
package se.egalleria.tenancy.config;
