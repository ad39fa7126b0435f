package io.deviceward.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

/**
 * Records the SQL that Hibernate sends on the current thread, with its bound parameters, from
 * Hibernate's own loggers ({@code org.hibernate.SQL}, {@code org.hibernate.orm.jdbc.bind}): what ran,
 * not a hand-written copy. Only while open; the loggers are restored on close.
 */
final class SqlCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {
    private static final Pattern BIND = Pattern.compile(
            "binding parameter \\((?:\\[?)(\\d+)(?:\\]?):([^)]*)\\) <- \\[(.*)\\]\\s*$", Pattern.DOTALL);

    record Bind(int position, String type, String value) {}

    record Captured(String sql, List<Bind> binds) {}

    private final Thread thread = Thread.currentThread();
    private final List<Captured> statements = new ArrayList<>();
    private final List<String> unparsed = new ArrayList<>();
    private final Logger sqlLogger = (Logger) LoggerFactory.getLogger("org.hibernate.SQL");
    private final Logger bindLogger = (Logger) LoggerFactory.getLogger("org.hibernate.orm.jdbc.bind");
    private final Level sqlLevel = sqlLogger.getLevel();
    private final Level bindLevel = bindLogger.getLevel();
    private final boolean sqlAdditive = sqlLogger.isAdditive();
    private final boolean bindAdditive = bindLogger.isAdditive();

    private SqlCapture() {
        setName("bench-sql-capture");
        setContext(sqlLogger.getLoggerContext());
    }

    static SqlCapture open() {
        SqlCapture capture = new SqlCapture();
        capture.start0();
        return capture;
    }

    private void start0() {
        start();
        sqlLogger.setLevel(Level.DEBUG);
        bindLogger.setLevel(Level.TRACE);
        sqlLogger.setAdditive(false); // captured, not printed
        bindLogger.setAdditive(false);
        sqlLogger.addAppender(this);
        bindLogger.addAppender(this);
    }

    @Override
    protected synchronized void append(ILoggingEvent event) {
        if (!event.getThreadName().equals(thread.getName())) return;
        String message = event.getFormattedMessage();
        if (event.getLoggerName().equals("org.hibernate.SQL")) {
            statements.add(new Captured(message.strip(), new ArrayList<>()));
            return;
        }
        Matcher m = BIND.matcher(message);
        if (m.find() && !statements.isEmpty()) {
            statements.getLast().binds().add(new Bind(Integer.parseInt(m.group(1)), m.group(2), m.group(3)));
        } else {
            unparsed.add(message);
        }
    }

    synchronized List<Captured> statements() {
        return List.copyOf(statements);
    }

    synchronized List<String> unparsed() {
        return List.copyOf(unparsed);
    }

    @Override
    public void close() {
        sqlLogger.detachAppender(this);
        bindLogger.detachAppender(this);
        sqlLogger.setLevel(sqlLevel);
        bindLogger.setLevel(bindLevel);
        sqlLogger.setAdditive(sqlAdditive);
        bindLogger.setAdditive(bindAdditive);
        stop();
    }
}
