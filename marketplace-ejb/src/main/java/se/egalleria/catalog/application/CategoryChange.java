package se.egalleria.catalog.application;

/**
 * A category's new name and parent (null: top level), as sent, with the version the caller read.
 */
public record CategoryChange(String name, Long parentId, Long version) {
}
