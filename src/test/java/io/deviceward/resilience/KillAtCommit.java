package io.deviceward.resilience;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * For {@link FaultsBenchmark} only (imported there, never component-scanned): wraps the app's data source so
 * that a SIGKILL of the benchmark's own mariadbd lands at a known point of an import, not wherever a poll
 * happens to catch it. Once {@link #armForThisThread() armed} on a thread, the first {@code commit()} on that
 * thread of a connection that has inserted {@code device} rows first kills mariadbd ({@link
 * OutageDatabase#kill()}) and only then sends the commit, which then fails: the transaction's rows were all
 * written and acknowledged, its COMMIT never reached the server, so InnoDB must roll it back on the restart.
 * What it saw is kept as a {@link Kill}. Unarmed, every call goes straight through.
 *
 * <p>The wrapper is a {@link DelegatingDataSource}, not a JDK proxy, so that the tests' {@code
 * SqlStatementCounter} (which leaves proxies alone) still wraps it when it comes second.
 */
@TestConfiguration(proxyBeanMethods = false)
class KillAtCommit {
    private static final Pattern INSERT =
            Pattern.compile("^\\s*insert\\s+(?:ignore\\s+)?into\\s+`?(\\w+)`?", Pattern.CASE_INSENSITIVE);

    private static final AtomicReference<@Nullable Thread> ARMED = new AtomicReference<>();
    private static final AtomicReference<@Nullable Kill> KILL = new AtomicReference<>();

    /**
     * What happened at the commit: the killed process, when, the rows the transaction had inserted by then per
     * table (counted from the statements' own answers on that connection), and what the commit then did.
     */
    record Kill(
            long pid,
            Instant at,
            Map<String, Long> rowsInserted,
            @Nullable SQLException commitFailure) {
        long rows(String table) {
            return rowsInserted.getOrDefault(table, 0L);
        }

        boolean commitFailed() {
            return commitFailure != null;
        }
    }

    /** Arms the kill for the calling thread's next commit of device rows (and forgets an earlier kill). */
    static void armForThisThread() {
        KILL.set(null);
        ARMED.set(Thread.currentThread());
    }

    static void disarm() {
        ARMED.set(null);
    }

    /** The kill, if an armed commit happened. */
    static Optional<Kill> kill() {
        return Optional.ofNullable(KILL.get());
    }

    @Bean
    static BeanPostProcessor killAtCommitDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource target && !(bean instanceof Killing)) return new Killing(target);
                return bean;
            }
        };
    }

    private static final class Killing extends DelegatingDataSource {
        Killing(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return watched(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return watched(super.getConnection(username, password));
        }
    }

    /** One checked-out connection: the rows it inserted since its last commit or rollback, per table. */
    private static Connection watched(Connection target) {
        Map<String, Long> inserted = new TreeMap<>();
        InvocationHandler handler = (proxy, method, args) -> switch (method.getName()) {
            case "prepareStatement" -> {
                Object statement = invoke(target, method, args);
                Matcher insert = INSERT.matcher((String) args[0]);
                yield insert.find() && statement instanceof PreparedStatement prepared
                        ? counted(prepared, insert.group(1).toLowerCase(Locale.ROOT), inserted)
                        : statement;
            }
            case "commit" -> {
                if (ARMED.get() == Thread.currentThread() && inserted.getOrDefault("device", 0L) > 0) {
                    disarm();
                    Map<String, Long> rows = Map.copyOf(inserted);
                    inserted.clear();
                    long pid = OutageDatabase.kill();
                    Instant at = Instant.now();
                    try {
                        invoke(target, method, args);
                        KILL.set(new Kill(pid, at, rows, null));
                    } catch (SQLException e) {
                        KILL.set(new Kill(pid, at, rows, e));
                        throw e;
                    }
                    yield null;
                }
                inserted.clear();
                yield invoke(target, method, args);
            }
            case "rollback" -> {
                if (args == null) inserted.clear(); // not rollback(Savepoint)
                yield invoke(target, method, args);
            }
            default -> invoke(target, method, args);
        };
        return (Connection)
                Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    /** Adds the rows each execution of an INSERT into {@code table} reports to {@code inserted}. */
    private static PreparedStatement counted(PreparedStatement target, String table, Map<String, Long> inserted) {
        InvocationHandler handler = (proxy, method, args) -> {
            Object result = invoke(target, method, args);
            long rows = switch (result) {
                case int[] batch when method.getName().equals("executeBatch") -> batch.length;
                case long[] batch when method.getName().equals("executeLargeBatch") -> batch.length;
                case Integer n when method.getName().equals("executeUpdate") -> n;
                case Long n when method.getName().equals("executeLargeUpdate") -> n;
                case null, default -> 0L;
            };
            if (rows > 0) inserted.merge(table, rows, Long::sum);
            return result;
        };
        return (PreparedStatement) Proxy.newProxyInstance(
                PreparedStatement.class.getClassLoader(), new Class<?>[] {PreparedStatement.class}, handler);
    }

    private static @Nullable Object invoke(Object target, Method method, @Nullable Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
