package io.deviceward.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The tests' SMTP sink: GreenMail on 127.0.0.1 at {@code deviceward.local.smtp-port} (3125), where the
 * test Keycloak's realm sends its mail. Nothing leaves the machine. Started once per JVM, before the
 * application context (as its initializer), and stopped when the JVM exits.
 */
public class MailSink implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    public static final int PORT = 3125;
    private static GreenMail greenMail;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        start();
    }

    public static synchronized GreenMail start() {
        if (greenMail == null) {
            GreenMail server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "mail-sink-stop"));
            greenMail = server;
        }
        return greenMail;
    }

    /** One message as a test reads it. */
    public record Mail(List<String> to, String subject, String body) {
        /** The first link in the body that points at this prefix, e.g. Keycloak's action-token URL. */
        public String linkStartingWith(String prefix) {
            Matcher matcher =
                    Pattern.compile(Pattern.quote(prefix) + "[^\"'<>\\s]+").matcher(body);
            if (!matcher.find()) {
                throw new AssertionError("No link to " + prefix + " in the mail \"" + subject + "\":\n" + body);
            }
            return matcher.group().replace("&amp;", "&");
        }
    }

    /** Waits (at most 20 s) for the first mail to this address and returns it. */
    public static Mail awaitMailTo(String address) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            List<Mail> found = mailsTo(address);
            if (!found.isEmpty()) {
                return found.getFirst();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("No mail to " + address + " arrived within 20 s");
    }

    public static List<Mail> mailsTo(String address) {
        return Arrays.stream(start().getReceivedMessages())
                .map(MailSink::read)
                .filter(mail -> mail.to().stream().anyMatch(address::equalsIgnoreCase))
                .toList();
    }

    private static Mail read(MimeMessage message) {
        try {
            List<String> to = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .map(a -> a.toString())
                    .toList();
            return new Mail(to, message.getSubject(), text(message));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded text of the message: every text part, plain and HTML, one after the other. */
    private static String text(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof String text) {
            return text;
        }
        if (content instanceof Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(text(multipart.getBodyPart(i))).append('\n');
            }
            return all.toString();
        }
        return "";
    }
}
