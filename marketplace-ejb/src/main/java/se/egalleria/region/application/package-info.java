/**
 * RegionalGallery (public, read-only, the one place that reads several tenants in one request),
 * RegionAdministration (the operator defines regions), RegionConfigLoader (tenant-config/regions.yaml).
 */
package se.egalleria.region.application;
