package se.egalleria.catalog.application;

/** A category with the number of visible products directly in it. */
public record CategoryNode(long id, Long parentId, String name, long productCount) {
}
