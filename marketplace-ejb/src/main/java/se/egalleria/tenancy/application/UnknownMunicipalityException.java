package se.egalleria.tenancy.application;

import se.egalleria.shared.NotFoundException;

/** No active municipality answers to the host name or slug of the request. */
public class UnknownMunicipalityException extends NotFoundException {

    public UnknownMunicipalityException(String hostOrSlug) {
        super("error.tenant.unknown", hostOrSlug);
    }
}
