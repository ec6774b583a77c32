package se.egalleria.catalog.application;

/**
 * A category as the administrator edits it: its place in the tree (depth 0 = top level), the
 * visible products in it and below it, and the version to send back with a change.
 */
public record CategoryDetails(long id, Long parentId, String name, int depth, long productCount, long version) {
}
