package se.egalleria.ordering.application;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import se.egalleria.ordering.domain.OrderStatus;
import se.egalleria.shared.mail.OutgoingMail;

/** The e-mails about an order (its confirmation, its steps), in the language the resident used. */
final class OrderMails {

    private static final String BUNDLE = "se.egalleria.ordering.mails";
    /** The steps the resident hears about; NEW has its confirmation, PACKED and PICKED_UP are the shop's own. */
    private static final Set<OrderStatus> TOLD = EnumSet.of(OrderStatus.ACCEPTED, OrderStatus.REJECTED,
            OrderStatus.HANDED_TO_CARRIER, OrderStatus.DELIVERED, OrderStatus.DELIVERY_FAILED,
            OrderStatus.READY_FOR_PICKUP);

    private OrderMails() {
    }

    static OutgoingMail confirmation(OrderDetail order, String municipality, String link, Locale locale) {
        Locale language = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("sv");
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language, OrderMails.class.getClassLoader());
        StringBuilder lines = new StringBuilder();
        for (OrderLineView line : order.lines()) {
            lines.append(MessageFormat.format(bundle.getString("line"), line.quantity(), line.unit(), line.name(),
                    kronor(line.lineTotalOre()), line.coolerBag() ? bundle.getString("line.coolerBag") : ""))
                    .append('\n');
        }
        String delivery = switch (order.delivery()) {
            case "HOME_DELIVERY" -> MessageFormat.format(bundle.getString("delivery.HOME_DELIVERY"),
                    order.deliveryDate().format(DateTimeFormatter.ofPattern("EEEE d MMMM", language)),
                    order.street(), order.village());
            case "SERVICE_POINT_PICKUP" -> MessageFormat.format(bundle.getString("delivery.SERVICE_POINT_PICKUP"),
                    order.pickupAt());
            default -> bundle.getString("delivery.SHOP_PICKUP");
        };
        String subject = MessageFormat.format(bundle.getString("confirmation.subject"), order.number(),
                order.shopName());
        String body = MessageFormat.format(bundle.getString("confirmation.body"), order.customerName(),
                order.shopName(), municipality, order.number(), lines.toString(), kronor(order.itemsTotalOre()),
                kronor(order.deliveryFeeOre()), kronor(order.totalOre()), kronor(order.vatOre()), delivery,
                // A provider added later may not have its label in this bundle yet: its code is still clear.
                bundle.containsKey("payment." + order.payment()) ? bundle.getString("payment." + order.payment())
                        : order.payment(), link);
        return new OutgoingMail(order.email(), subject, body);
    }

    /**
     * The resident hears when the shop accepts or rejects the order, when it is on its way, delivered,
     * ready for pickup, or when a delivery failed.
     */
    static OutgoingMail statusChange(OrderDetail order, String municipality, String link, Locale locale) {
        Locale language = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("sv");
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language, OrderMails.class.getClassLoader());
        String kind = "status." + order.status();
        String routeDay = order.deliveryDate() == null ? ""
                : order.deliveryDate().format(DateTimeFormatter.ofPattern("EEEE d MMMM", language));
        String noteLine = order.statusNote() == null || order.statusNote().isBlank() ? ""
                : MessageFormat.format(bundle.getString("status.noteLine"), order.statusNote());
        return new OutgoingMail(order.email(),
                MessageFormat.format(bundle.getString(kind + ".subject"), order.number(), order.shopName()),
                MessageFormat.format(bundle.getString(kind + ".body"), order.customerName(), order.shopName(),
                        order.number(), order.statusNote(), link, municipality, order.pickupAt() == null
                                ? order.shopName() : order.pickupAt(),
                        order.carrierName() == null ? "" : order.carrierName(), routeDay, noteLine));
    }

    /** Whether the resident is told about this step (and so whether the bundles have its texts). */
    static boolean tellsAbout(OrderStatus status) {
        return TOLD.contains(status);
    }

    /** 12345 öre → "123,45 kr" (the Swedish way, also in the English mail: the currency is SEK). */
    static String kronor(long ore) {
        return String.format(Locale.ROOT, "%d,%02d kr", ore / 100, Math.abs(ore % 100));
    }
}
