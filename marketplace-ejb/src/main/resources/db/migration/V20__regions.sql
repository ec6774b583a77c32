-- Regional galleries: one gallery showing the shops and services of several municipalities (e.g. a
-- county). A region owns nothing of its members; it names them by slug. Platform-wide, not
-- tenant-owned. Members are read one municipality at a time (see RegionalGallery).
CREATE TABLE region (
    id      BIGINT AUTO_INCREMENT NOT NULL,
    slug    VARCHAR(40)  NOT NULL,
    name    VARCHAR(120) NOT NULL,
    version BIGINT       NOT NULL,
    CONSTRAINT pk_region PRIMARY KEY (id),
    CONSTRAINT uq_region_slug UNIQUE (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE region_member (
    region_id         BIGINT      NOT NULL,
    municipality_slug VARCHAR(40) NOT NULL,
    CONSTRAINT pk_region_member PRIMARY KEY (region_id, municipality_slug),
    CONSTRAINT fk_region_member_region FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT fk_region_member_municipality FOREIGN KEY (municipality_slug) REFERENCES municipality (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE INDEX ix_region_member_municipality ON region_member (municipality_slug);

-- The operator's list of every municipality, suspended ones included, sorted by name.
CREATE INDEX ix_municipality_name ON municipality (name, id);
