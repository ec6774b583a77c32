package se.egalleria.web.faces.carrier;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.egalleria.account.application.Caller;
import se.egalleria.account.application.CallerIdentity;
import se.egalleria.account.application.LinkContext;
import se.egalleria.delivery.application.DeliveryRuns;
import se.egalleria.delivery.application.NewRun;
import se.egalleria.delivery.application.RunSummary;
import se.egalleria.ordering.application.CarrierStop;
import se.egalleria.ordering.application.OrderWorkflow;
import se.egalleria.ordering.application.Orders;
import se.egalleria.shared.DomainException;
import se.egalleria.tenancy.application.CarrierDirectory;
import se.egalleria.tenancy.application.CarrierSummary;
import se.egalleria.web.faces.common.FormMessages;
import se.egalleria.web.faces.common.LanguageView;
import se.egalleria.web.rest.RequestContexts;

/**
 * A carrier's deliveries, grouped by day and then village in the order the service gives them
 * (along the way: nearest to the shop first), each with the address, phone, what to collect and a
 * cooler-bag mark; "delivered" (note, recipient's confirmation) or "could not deliver" (with a reason).
 */
@Named
@ViewScoped
public class CarrierView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Orders orders;

    @Inject
    private OrderWorkflow workflow;

    @Inject
    private CarrierDirectory carriers;

    @Inject
    private DeliveryRuns runs;

    @Inject
    private Caller caller;

    @Inject
    private FormMessages messages;

    @Inject
    private LanguageView language;

    private Long carrier;
    private String carrierName;
    private final Map<String, String> notes = new HashMap<>();
    private final Map<String, Boolean> confirmed = new HashMap<>();
    private transient List<Day> days = List.of();
    private transient List<CarrierStop> unrecorded = List.of();
    private final Map<String, Boolean> inRun = new HashMap<>();
    private String vehicle;
    private Integer km;

    /** One day of the route: its villages in the order the driver meets them. */
    public record Day(LocalDate date, List<Village> villages) {
    }

    /** One village of a day: its stops. */
    public record Village(String name, List<CarrierStop> stops) {
    }

    public void load() {
        CallerIdentity me = caller.identity().orElse(null);
        if (me == null || me.carrierIds().isEmpty()) {
            messages.error("carrier.none");
            return;
        }
        if (carrier == null || !me.carrierIds().contains(carrier)) {
            carrier = me.carrierIds().iterator().next();
        }
        carrierName = carriers.list().stream().filter(c -> c.id() == carrier).map(CarrierSummary::name).findFirst()
                .orElse("");
        try {
            days = group(orders.forCarrier(carrier));
            unrecorded = runs.unrecorded(carrier);
        } catch (DomainException e) {
            messages.show(e, Map.of());
        }
    }

    public void delivered(CarrierStop stop) {
        try {
            workflow.delivered(stop.number(), null, notes.get(stop.number()),
                    Boolean.TRUE.equals(confirmed.get(stop.number())), links());
            messages.info("carrier.delivered", stop.number());
        } catch (DomainException e) {
            messages.show(e, Map.of());
        }
        load();
    }

    /** {@code noteInput}: the client id of this stop's note, where a missing reason is shown. */
    public void failed(CarrierStop stop, String noteInput) {
        try {
            workflow.move(stop.number(), "DELIVERY_FAILED", notes.get(stop.number()), links());
            messages.info("carrier.failed", stop.number());
        } catch (DomainException e) {
            messages.show(e, Map.of("note", noteInput));
        }
        load();
    }

    /** Records a run with the ticked deliveries. */
    public void recordRun() {
        try {
            List<String> numbers = inRun.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                    .map(Map.Entry::getKey).sorted().toList();
            RunSummary run = runs.record(carrier, new NewRun(null, vehicle, km, null, numbers));
            messages.info("carrier.runRecorded", run.orderNumbers().size(), run.km());
            inRun.clear();
            vehicle = null;
            km = null;
        } catch (DomainException e) {
            messages.show(e, Map.of("vehicle", "run:vehicle", "km", "run:km"));
        }
        load();
    }

    private LinkContext links() {
        return RequestContexts.links((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest(), language.getLocale());
    }

    private static List<Day> group(List<CarrierStop> stops) {
        Map<LocalDate, Map<String, List<CarrierStop>>> byDay = new LinkedHashMap<>();
        for (CarrierStop stop : stops) {
            byDay.computeIfAbsent(stop.date(), d -> new LinkedHashMap<>())
                    .computeIfAbsent(stop.village(), v -> new ArrayList<>()).add(stop);
        }
        List<Day> days = new ArrayList<>();
        byDay.forEach((date, villages) -> days.add(new Day(date, villages.entrySet().stream()
                .map(v -> new Village(v.getKey(), v.getValue())).toList())));
        return days;
    }

    public List<CarrierStop> getUnrecorded() {
        return unrecorded;
    }

    public Map<String, Boolean> getInRun() {
        return inRun;
    }

    public String getVehicle() {
        return vehicle;
    }

    public void setVehicle(String vehicle) {
        this.vehicle = vehicle;
    }

    public Integer getKm() {
        return km;
    }

    public void setKm(Integer km) {
        this.km = km;
    }

    public List<Day> getDays() {
        return days;
    }

    public String getCarrierName() {
        return carrierName;
    }

    public Map<String, String> getNotes() {
        return notes;
    }

    public Map<String, Boolean> getConfirmed() {
        return confirmed;
    }

    public Long getCarrier() {
        return carrier;
    }

    public void setCarrier(Long carrier) {
        this.carrier = carrier;
    }
}
