package se.egalleria.web.faces.organisation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import se.egalleria.catalog.application.csv.PriceText;
import se.egalleria.organisation.application.AgreementDetails;
import se.egalleria.organisation.application.AgreementInput;
import se.egalleria.shared.InvalidInputException;

/**
 * An agreement as the console's form holds it: the limit in kronor as typed ("5 000", "4999,50")
 * and the price list as lines of "article id; price" ("1234; 95,00"), one product a line.
 */
public class AgreementForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long editing;
    private Long shopId;
    private String reference;
    private String validFrom;
    private String validTo;
    private String monthlyLimit;
    private String aboveLimit = "REFUSE";
    private String prices;
    private Long version;

    static AgreementForm of(AgreementDetails a) {
        AgreementForm form = new AgreementForm();
        form.editing = a.id();
        form.shopId = a.shopId();
        form.reference = a.reference();
        form.validFrom = a.validFrom().toString();
        form.validTo = a.validTo() == null ? null : a.validTo().toString();
        form.monthlyLimit = PriceText.format(a.monthlyLimitOre());
        form.aboveLimit = a.aboveLimit();
        form.prices = a.prices().stream().map(p -> p.productId() + "; " + PriceText.format(p.priceOre()))
                .collect(Collectors.joining("\n"));
        form.version = a.version();
        return form;
    }

    /** The input for the service; a line of the price list it cannot read is refused on the prices field. */
    AgreementInput toInput() {
        List<AgreementInput.PriceInput> list = new ArrayList<>();
        String[] lines = prices == null ? new String[0] : prices.split("\\R");
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("[;\\t]", 2);
            try {
                list.add(new AgreementInput.PriceInput(Long.parseLong(parts[0].strip()),
                        parts.length < 2 ? null : PriceText.toOre("prices", parts[1])));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("prices", "organisation.pricesFormat", line.strip());
            }
        }
        return new AgreementInput(shopId, reference, validFrom, validTo, PriceText.toOre("monthlyLimitOre",
                monthlyLimit), aboveLimit, list, version);
    }

    public boolean isEditing() {
        return editing != null;
    }

    Long editing() {
        return editing;
    }

    public Long getShopId() {
        return shopId;
    }

    public void setShopId(Long shopId) {
        this.shopId = shopId;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(String validFrom) {
        this.validFrom = validFrom;
    }

    public String getValidTo() {
        return validTo;
    }

    public void setValidTo(String validTo) {
        this.validTo = validTo;
    }

    public String getMonthlyLimit() {
        return monthlyLimit;
    }

    public void setMonthlyLimit(String monthlyLimit) {
        this.monthlyLimit = monthlyLimit;
    }

    public String getAboveLimit() {
        return aboveLimit;
    }

    public void setAboveLimit(String aboveLimit) {
        this.aboveLimit = aboveLimit;
    }

    public String getPrices() {
        return prices;
    }

    public void setPrices(String prices) {
        this.prices = prices;
    }
}
