package se.egalleria.web.rest.ordering;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.egalleria.delivery.application.DeliveryNotes;
import se.egalleria.ordering.application.OrderDetail;
import se.egalleria.ordering.application.OrderHistoryEntry;
import se.egalleria.ordering.application.OrderWorkflow;
import se.egalleria.shared.Inputs;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.web.i18n.Messages;
import se.egalleria.web.rest.RequestContexts;

/** The shop's and the carrier's steps on an order. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class OrderWorkflowResource {

    /** A step: ACCEPTED, REJECTED (note = reason, required), PACKED, HANDED_TO_CARRIER, READY_FOR_PICKUP, PICKED_UP, DELIVERED, DELIVERY_FAILED (note = reason). */
    public record StatusChange(String status, String note) {
    }

    /** The carrier of a home delivery. */
    public record CarrierChoice(Long carrierId) {
    }

    /** A delivery as the carrier records it; deliveredAt (ISO-8601 instant) defaults to now. */
    public record DeliveryRecord(String deliveredAt, String note, Boolean recipientConfirmed) {
    }

    @Inject
    private OrderWorkflow workflow;

    @Inject
    private DeliveryNotes notes;

    @Context
    private HttpServletRequest request;

    @POST
    @Path("orders/{number}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move the order on (the shop's staff; DELIVERED/DELIVERY_FAILED also its carrier); 409 for a step that does not follow")
    public OrderDetail move(@PathParam("number") String number, StatusChange body) {
        StatusChange change = body == null ? new StatusChange(null, null) : body;
        if (change.status() == null || change.status().isBlank()) {
            throw new InvalidInputException("status", "error.input.required");
        }
        return workflow.move(number, change.status(), change.note(), RequestContexts.links(request));
    }

    @PUT
    @Path("orders/{number}/carrier")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose the carrier of a home delivery (one of the municipality's carriers)")
    public OrderDetail carrier(@PathParam("number") String number, CarrierChoice body) {
        return workflow.assignCarrier(number, body == null ? null : body.carrierId());
    }

    @POST
    @Path("orders/{number}/delivery")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the delivery (the order's carrier or the shop): time, note, recipient's confirmation")
    public OrderDetail delivered(@PathParam("number") String number, DeliveryRecord body) {
        DeliveryRecord record = body == null ? new DeliveryRecord(null, null, null) : body;
        return workflow.delivered(number, Inputs.optionalInstant("deliveredAt", record.deliveredAt()), record.note(),
                Boolean.TRUE.equals(record.recipientConfirmed()), RequestContexts.links(request));
    }

    @GET
    @Path("orders/{number}/delivery-note")
    @Produces("application/pdf")
    @Operation(summary = "The order's delivery note (leveranssedel) as PDF (the shop's staff)")
    public Response deliveryNote(@PathParam("number") String number) {
        return PdfResponses.attachment(notes.forOrder(number, Messages.fromAcceptLanguage(request.getHeader("Accept-Language"))),
                "leveranssedel-" + number + ".pdf");
    }

    @GET
    @Path("orders/{number}/history")
    @Operation(summary = "Every step of the order: who, when, why (the shop's staff)")
    public List<OrderHistoryEntry> history(@PathParam("number") String number) {
        return workflow.history(number);
    }
}
