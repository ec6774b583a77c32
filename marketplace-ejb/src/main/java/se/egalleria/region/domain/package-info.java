/** A region: a slug, a name and the municipalities (by slug) it shows together. Platform-wide. */
package se.egalleria.region.domain;
