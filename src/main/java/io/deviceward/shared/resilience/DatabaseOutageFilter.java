package io.deviceward.shared.resilience;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Outside Spring Security: a request that fails because no database connection could be had (in a
 * controller, in the token-to-user link, in a page) answers 503 with Retry-After, as problem+json
 * on the API and a DeviceWard page elsewhere, instead of an error dispatch that the security chain
 * would turn into a login redirect or a 403. Vaadin navigation has its own error view for the same.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class DatabaseOutageFilter extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    private final ObjectProvider<DataSource> dataSource;

    DatabaseOutageFilter(ObjectProvider<DataSource> dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SQLException noConnection = isPageLoad(request) ? connectionFailure() : null;
        if (noConnection != null) {
            log.warn(
                    "{}: page {} answered 503",
                    Outages.isPoolExhausted(noConnection) ? "Connection pool exhausted" : "Database unreachable",
                    request.getRequestURI());
            OutagePages.write(response, false, "Temporarily unavailable", Outages.messageFor(noConnection));
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!Outages.isDatabaseOutage(e) || response.isCommitted()) throw e;
            log.warn(
                    "{}: {} {} answered 503 ({})",
                    Outages.isPoolExhausted(e) ? "Connection pool exhausted" : "Database unreachable",
                    request.getMethod(),
                    request.getRequestURI(),
                    e.toString());
            OutagePages.write(
                    response,
                    request.getRequestURI().startsWith("/api/"),
                    "Temporarily unavailable",
                    Outages.messageFor(e));
        }
    }

    /**
     * A browser opening a page (not Vaadin's own requests, assets, the API or sign-in): Vaadin answers
     * the page itself with 200 and navigates in a later request, so the database is asked here, by
     * borrowing a pooled connection (validated by the pool when idle), to answer 503 up front.
     */
    private static boolean isPageLoad(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String accept = request.getHeader("Accept");
        return "GET".equals(request.getMethod())
                && accept != null
                && accept.contains("text/html")
                && request.getParameter("v-r") == null
                && Stream.of(NOT_PAGES).noneMatch(uri::startsWith);
    }

    private static final String[] NOT_PAGES = {
        "/api/", "/VAADIN/", "/actuator", "/oauth2/", "/login", "/logout", "/styles/", "/images/", "/signed-out"
    };

    /** Null when a connection could be had; otherwise why not (the database down, or every connection in use). */
    private @Nullable SQLException connectionFailure() {
        DataSource pool = dataSource.getIfAvailable();
        if (pool == null) return null;
        try (Connection ignored = pool.getConnection()) {
            return null;
        } catch (SQLException e) {
            return e;
        }
    }
}
