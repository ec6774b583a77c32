package se.egalleria.web.faces.shop;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import se.egalleria.catalog.application.ServiceSlots;
import se.egalleria.catalog.application.SlotSummary;
import se.egalleria.catalog.application.WeeklySlotsInput;
import se.egalleria.shared.DomainException;
import se.egalleria.web.faces.common.FormMessages;
import se.egalleria.web.faces.common.LanguageView;
import se.egalleria.web.faces.common.Navigation;

/**
 * The slots part of a service's page ({@code ?id=}): the coming occasions with their bookings, a
 * weekly series added in one go ("every Friday 10:00, 8 seats, six weeks"), and taking away an
 * occasion nobody has booked.
 */
@Named
@ViewScoped
public class ServiceSlotsView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> INPUTS = Map.of("weekday", "weekly:weekday", "time", "weekly:time",
            "capacity", "weekly:capacity", "weeks", "weekly:weeks");

    @Inject
    private ServiceSlots slots;

    @Inject
    private FormMessages messages;

    @Inject
    private LanguageView language;

    @Inject
    private Navigation navigation;

    private Long id;
    private String weekday = DayOfWeek.FRIDAY.name();
    private String time = "10:00";
    private Integer capacity = 8;
    private Integer weeks = 6;
    private transient List<SlotSummary> list;

    public void addWeekly() {
        try {
            List<SlotSummary> added = slots.addWeekly(id, new WeeklySlotsInput(weekday, time, capacity, weeks, null));
            messages.info("shop.slots.added", added.size());
            again();
        } catch (DomainException e) {
            messages.show(e, INPUTS);
        }
    }

    public void remove(long slotId) {
        try {
            slots.remove(slotId);
            messages.info("shop.slots.removed");
            again();
        } catch (DomainException e) {
            messages.show(e, Map.of());
        }
    }

    private void again() {
        messages.keepForRedirect();
        navigation.redirect("/shop/service.xhtml?id=" + id);
    }

    /** The coming slots, read once per view. */
    public List<SlotSummary> getSlots() {
        if (list == null) {
            try {
                list = id == null ? List.of() : slots.upcoming(id);
            } catch (DomainException e) {
                list = List.of();
            }
        }
        return list;
    }

    /** Weekdays by their names in the page's language ("fredag"), Monday first as in Sweden. */
    public List<Map.Entry<String, String>> getWeekdays() {
        return java.util.Arrays.stream(DayOfWeek.values()).map(d -> Map.entry(d.name(),
                capitalised(d.getDisplayName(TextStyle.FULL, language.getLocale())))).toList();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getWeekday() {
        return weekday;
    }

    public void setWeekday(String weekday) {
        this.weekday = weekday;
    }

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public Integer getWeeks() {
        return weeks;
    }

    public void setWeeks(Integer weeks) {
        this.weeks = weeks;
    }
}
