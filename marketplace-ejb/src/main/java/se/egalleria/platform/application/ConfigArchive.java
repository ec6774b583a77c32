package se.egalleria.platform.application;

/** A municipality's tenant-config folder as a zip file to download. */
public record ConfigArchive(String fileName, byte[] content) {
}
