package io.deviceward.shared.resilience;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
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

    private Outages() {}

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
