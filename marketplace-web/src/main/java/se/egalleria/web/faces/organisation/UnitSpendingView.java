package se.egalleria.web.faces.organisation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import se.egalleria.ordering.application.RouteDates;
import se.egalleria.organisation.application.OrganisationUnits;
import se.egalleria.organisation.application.Spending;
import se.egalleria.organisation.application.UnitDetails;
import se.egalleria.organisation.application.UnitSpending;
import se.egalleria.shared.DomainException;
import se.egalleria.shared.Inputs;
import se.egalleria.web.faces.common.FormMessages;

/** The orderer's page: the units they order for, and for the chosen one what it spent this month per shop. */
@Named
@ViewScoped
public class UnitSpendingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrganisationUnits units;

    @Inject
    private UnitSpending spending;

    @Inject
    private FormMessages messages;

    private Long unit;
    private String month;
    private transient List<UnitDetails> mine;
    private transient Spending shown;

    public void load() {
        try {
            mine = units.mine();
            if (unit == null && mine.size() == 1) {
                unit = mine.get(0).id();
            }
            if (unit != null) {
                YearMonth period = month == null || month.isBlank() ? YearMonth.from(RouteDates.today())
                        : Inputs.month("month", month);
                shown = spending.of(unit, period);
                month = period.toString();
            }
        } catch (DomainException e) {
            shown = null;
            messages.show(e, Map.of());
        }
    }

    public List<UnitDetails> getMine() {
        return mine == null ? List.of() : mine;
    }

    public Spending getSpending() {
        return shown;
    }

    public Long getUnit() {
        return unit;
    }

    public void setUnit(Long unit) {
        this.unit = unit;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }
}
