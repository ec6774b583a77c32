package se.egalleria.ordering.application;

import se.egalleria.shared.ConflictException;

/** An organisation's order would pass its monthly limit with the shop, and the agreement refuses it. */
public class OrganisationLimitExceededException extends ConflictException {

    public OrganisationLimitExceededException(String unitName, String shopName, String limit, String remaining,
                                              String orderTotal) {
        super("error.organisation.limitExceeded", unitName, shopName, limit, remaining, orderTotal);
    }

    @Override
    public String problemType() {
        return "organisation-limit-exceeded";
    }
}
