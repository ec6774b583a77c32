package se.egalleria.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An in-process SMTP server (GreenMail) that the gallery's mail session sends to
 * (EGALLERIA_SMTP_PORT, set by failsafe). One per test JVM; tests find their mail by recipient.
 */
public final class MailCatcher {

    private static final Pattern TOKEN = Pattern.compile("[?&]token=([A-Za-z0-9_-]+)");
    private static GreenMail smtp;

    private MailCatcher() {
    }

    public static synchronized void start() {
        if (smtp == null) {
            smtp = new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port", 3025), "127.0.0.1", "smtp"));
            smtp.start();
        }
    }

    /** The newest mail to this address, waiting up to ten seconds for it to arrive. */
    public static Mail awaitMailTo(String address) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            Optional<Mail> mail = newestTo(address);
            if (mail.isPresent()) {
                return mail.get();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no mail to " + address + " within ten seconds");
    }

    /**
     * The newest mail to this address whose subject contains {@code subject}, waiting up to ten
     * seconds for it: for an address that gets one mail per step of an order.
     */
    public static Mail awaitMailTo(String address, String subject) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            Optional<Mail> mail = newestTo(address, subject);
            if (mail.isPresent()) {
                return mail.get();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no mail to " + address + " about \"" + subject + "\" within ten seconds");
    }

    public static int countTo(String address) {
        return (int) Arrays.stream(smtp.getReceivedMessages()).filter(m -> isTo(m, address)).count();
    }

    private static Optional<Mail> newestTo(String address) {
        return newestTo(address, "");
    }

    private static Optional<Mail> newestTo(String address, String subject) {
        Message[] all = smtp.getReceivedMessages();
        for (int i = all.length - 1; i >= 0; i--) {
            if (isTo(all[i], address)) {
                try {
                    if (all[i].getSubject().contains(subject)) {
                        return Optional.of(new Mail(all[i].getSubject(), String.valueOf(all[i].getContent())));
                    }
                } catch (MessagingException | java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isTo(Message message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }

    /** A received mail: its subject and decoded text. */
    public record Mail(String subject, String body) {

        public String link() {
            Matcher m = Pattern.compile("https?://\\S+").matcher(body);
            if (!m.find()) {
                throw new AssertionError("no link in: " + body);
            }
            return m.group();
        }

        public String token() {
            Matcher m = TOKEN.matcher(link());
            if (!m.find()) {
                throw new AssertionError("no token in " + link());
            }
            return m.group(1);
        }

    }
}
