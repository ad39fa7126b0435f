package io.deviceward.shared.resilience;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.exception.JDBCConnectionException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Tells a database outage (no connection to be had) from every other failure, by the exception's cause chain. */
public final class Outages {
    /** What a client is told to wait before trying again, in seconds. */
    public static final int RETRY_AFTER_SECONDS = 5;

    public static final String DATABASE_MESSAGE =
            "The registry is unreachable for a moment; nothing you saved is lost.";

    /** When every pooled connection is in use: the database answers, DeviceWard is only busy. */
    public static final String BUSY_MESSAGE =
            "DeviceWard is busy for a moment; nothing you saved is lost. Try again in a few seconds.";

    /** Hikari's timeout text: "... request timed out after 2500ms (total=10, active=10, idle=0, waiting=3)". */
    private static final Pattern POOL_STATE = Pattern.compile("total=(\\d+), active=(\\d+)");

    private Outages() {}

    /**
     * Whether the failure is a pool that had no free connection although the database answers: every connection was
     * in use (total = active, at least one) and none failed to open (no cause). A database that is down leaves the
     * pool empty or its timeout carries the connection error as cause.
     */
    public static boolean isPoolExhausted(@Nullable Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException timeout && timeout.getCause() == null) {
                Matcher state = POOL_STATE.matcher(String.valueOf(timeout.getMessage()));
                return state.find()
                        && Integer.parseInt(state.group(1)) > 0
                        && state.group(1).equals(state.group(2));
            }
        }
        return false;
    }

    /** The sentence for a person: busy or unreachable. */
    public static String messageFor(@Nullable Throwable failure) {
        return isPoolExhausted(failure) ? BUSY_MESSAGE : DATABASE_MESSAGE;
    }

    public static boolean isDatabaseOutage(@Nullable Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof JDBCConnectionException) {
                return true;
            }
        }
        return false;
    }
}
