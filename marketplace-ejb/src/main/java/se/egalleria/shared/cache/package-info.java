/**
 * Short-lived, per-municipality copies of small reference data (category trees, shop names) that
 * every list page needs and that rarely change; see {@link se.egalleria.shared.cache.TenantReferenceCache}.
 */
package se.egalleria.shared.cache;
