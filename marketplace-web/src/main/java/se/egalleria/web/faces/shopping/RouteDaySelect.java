package se.egalleria.web.faces.shopping;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.html.HtmlSelectOneMenu;
import jakarta.faces.context.FacesContext;

/**
 * The route day menu of checkout. Faces would refuse a date that is no longer offered (a page
 * left open past midnight) with a generic "value is not valid"; the checkout service decides
 * instead and says which route days there are, on this field.
 */
@FacesComponent(value = RouteDaySelect.TYPE, createTag = true, tagName = "routeDaySelect",
        namespace = "https://e-galleria.se/faces")
public class RouteDaySelect extends HtmlSelectOneMenu {

    static final String TYPE = "se.egalleria.RouteDaySelect";

    @Override
    protected void validateValue(FacesContext context, Object value) {
        // No membership check: DeliveryRules is the one judge of route days (see the class comment).
    }
}
