package io.deviceward.shared.resilience;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets at most as many API requests work at once as the pool has connections, the others wait their turn in
 * arrival order. With virtual threads every request would otherwise reach the pool at once, and the pool does not
 * serve waiters in order: under many connections some waited seconds while later ones went first. A request that
 * cannot start within {@code wait} answers 503 "busy" with Retry-After. Sits in the API's security chain after the
 * header writer, so its answers carry the same headers as every other. See docs/decisions/2026-12-01-resilience.md.
 */
public final class ApiAdmission extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger(ApiAdmission.class);

    private final Semaphore turns;
    private final long waitNanos;

    public ApiAdmission(int concurrent, Duration wait) {
        if (concurrent < 1) throw new IllegalArgumentException("At least one API request must be let in at a time");
        this.turns = new Semaphore(concurrent, true);
        this.waitNanos = wait.toNanos();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean admitted;
        try {
            admitted = turns.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            log.warn(
                    "API busy: {} {} waited {} ms for a turn, answered 503",
                    request.getMethod(),
                    request.getRequestURI(),
                    TimeUnit.NANOSECONDS.toMillis(waitNanos));
            OutagePages.write(response, true, "Temporarily unavailable", Outages.BUSY_MESSAGE);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            turns.release();
        }
    }
}
