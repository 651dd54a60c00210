-- Sufficient statistics per record view × day × dimension ("cubes", analytics/methodology/cube.go):
-- each cube is a table stat_cube_<hash of its definition>, rebuilt when the data it summarises
-- changes. This registry says which definition each holds and the data version it was built from;
-- a cube whose version is not the data's current one is never read.
CREATE TABLE stat_cubes (
    name         VARCHAR PRIMARY KEY,
    definition   VARCHAR NOT NULL,
    data_version VARCHAR NOT NULL,
    built_at     TIMESTAMP NOT NULL,
    row_count    BIGINT NOT NULL,
    build_ms     DOUBLE NOT NULL
);
