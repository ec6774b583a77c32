package se.egalleria.web.rest.municipality;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.egalleria.tenancy.application.HomeDeliveryRules;
import se.egalleria.tenancy.application.HomeDeliveryRulesAdministration;
import se.egalleria.tenancy.application.HomeDeliveryRulesChange;

/** The municipality's home-delivery fee, eligible groups and subsidy rules (its administrators). */
@Path("/municipality/delivery-rules")
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryRulesResource {

    @Inject
    private HomeDeliveryRulesAdministration rules;

    @GET
    @Operation(summary = "The resident's fee per home delivery, who is eligible for subsidised delivery, and the"
            + " subsidy rules (öre, metres; 0 = no such rule), with the version to send back with a change")
    public HomeDeliveryRules current() {
        return rules.current();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the rules: feeOre, eligibleGroups (PENSIONER, DISABLED, NO_CAR, LONG_DISTANCE),"
            + " paymentPerDeliveryOre, minimumOrderOre, minimumDistanceMeters, maxPerHouseholdPerWeek,"
            + " stateCapPerDeliveryOre, priceBaseAmountOre, version (as read; 409 when changed meanwhile); for"
            + " shopping trips tripSubsidyOre, tripRequiresApproval, tripMaxPerHouseholdPerWeek (left out: unchanged)."
            + " Checkout and the monthly reports use the new rules at once")
    public HomeDeliveryRules change(HomeDeliveryRulesChange change) {
        return rules.change(change);
    }
}
