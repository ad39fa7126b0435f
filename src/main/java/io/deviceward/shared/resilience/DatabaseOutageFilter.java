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
        if (isPageLoad(request) && !databaseAnswers()) {
            log.warn("Database unreachable: page {} answered 503", request.getRequestURI());
            OutagePages.write(response, false, "Temporarily unavailable", Outages.DATABASE_MESSAGE);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!Outages.isDatabaseOutage(e) || response.isCommitted()) throw e;
            log.warn(
                    "Database unreachable: {} {} answered 503 ({})",
                    request.getMethod(),
                    request.getRequestURI(),
                    e.toString());
            OutagePages.write(
                    response,
                    request.getRequestURI().startsWith("/api/"),
                    "Temporarily unavailable",
                    Outages.DATABASE_MESSAGE);
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

    private boolean databaseAnswers() {
        DataSource pool = dataSource.getIfAvailable();
        if (pool == null) return true;
        try (Connection ignored = pool.getConnection()) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}
