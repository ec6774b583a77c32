package se.egalleria.tenancy.application;

import se.egalleria.shared.NotFoundException;

/** The request asked for a municipality's data without naming a municipality. */
public class TenantRequiredException extends NotFoundException {

    public TenantRequiredException() {
        super("error.tenant.required");
    }
}
