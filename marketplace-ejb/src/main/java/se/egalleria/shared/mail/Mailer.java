package se.egalleria.shared.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends mail after commit, so that no mail promises what a rolled-back transaction undid.
 * A failure to send is logged, never thrown at the person who caused the mail.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Resource(lookup = "java:jboss/mail/egalleria")
    private Session session;

    /** Development only (the run command sets it): also write each mail to the log, links included. */
    @jakarta.inject.Inject
    @ConfigProperty(name = "egalleria.mail.log", defaultValue = "false")
    private boolean logMails;

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutgoingMail mail) {
        if (logMails) {
            LOG.info(() -> "Mail to " + mail.to() + ": " + mail.subject() + "\n" + mail.body());
        }
        try {
            MimeMessage message = new MimeMessage(session);
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to()));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setText(mail.body(), StandardCharsets.UTF_8.name());
            Transport.send(message);
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Could not send mail \"" + mail.subject() + "\": " + e.getMessage());
        }
    }
}
