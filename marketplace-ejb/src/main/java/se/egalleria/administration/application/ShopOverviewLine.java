package se.egalleria.administration.application;

/** One shop on the administrator's list: contact, status, catalogue size and orders. */
public record ShopOverviewLine(
        long id,
        String name,
        String village,
        String email,
        String phone,
        String status,
        long products,
        long services,
        long orders,
        long ordersLast30Days) {
}
