package se.egalleria.statistics.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.YearMonth;
import se.egalleria.account.application.Access;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.shop.application.ShopDirectory;

/**
 * The municipality's order figures for a period of whole months (its administrators only): orders
 * and sales per shop and month, and home delivery against pickup per month. One grouped query per
 * month, so the work grows with the months asked for (at most 24), not with the orders.
 */
@Stateless
public class SalesStatistics {

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private Access access;

    @Inject
    private ShopDirectory shops;

    /** Months written 2026-01; {@code to} not before {@code from}, at most 24 months in all. */
    public SalesFigures sales(String from, String to) {
        access.requireAdministrator();
        Period period = Period.of(from, to);
        SalesCounts counts = new SalesCounts(tenantEm.current());
        SalesTally tally = new SalesTally(period.months());
        for (YearMonth month : period.months()) {
            tally.shops(month, counts.placedByShop(Period.start(month), Period.start(month.plusMonths(1))));
        }
        return tally.sales(period, shops.namesById());
    }

    /** The same period's orders by the way they reach the resident. */
    public MethodFigures deliveryMethods(String from, String to) {
        access.requireAdministrator();
        Period period = Period.of(from, to);
        SalesCounts counts = new SalesCounts(tenantEm.current());
        SalesTally tally = new SalesTally(period.months());
        for (YearMonth month : period.months()) {
            tally.methods(month, counts.placedByMethod(Period.start(month), Period.start(month.plusMonths(1))));
        }
        return tally.methods(period);
    }
}
