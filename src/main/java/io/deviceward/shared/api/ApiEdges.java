package io.deviceward.shared.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * The API's outer edges: an unknown {@code /api/**} path answers 404 problem+json (not Vaadin's HTML shell, which
 * serves every other unknown path), and a request body over {@value #MAX_BODY_BYTES} bytes is refused with 413
 * before anything reads it.
 */
@Configuration(proxyBeanMethods = false)
class ApiEdges {
    static final long MAX_BODY_BYTES = 1024 * 1024;

    /**
     * Consulted after the annotated controllers (which answer 405 or 415 for a known path themselves) and just
     * before Vaadin's catch-all forwarding (order {@code LOWEST_PRECEDENCE - 1}).
     */
    @Bean
    SimpleUrlHandlerMapping unknownApiPath() {
        HttpRequestHandler notFound = (request, response) -> writeProblem(
                response,
                HttpStatus.NOT_FOUND,
                "not-found",
                "Not found",
                "There is no " + request.getRequestURI() + " in this API; see /api/v1/openapi.json");
        return new SimpleUrlHandlerMapping(Map.of("/api/**", notFound), Ordered.LOWEST_PRECEDENCE - 2);
    }

    @Bean
    OpenAPI openApiDescription() {
        return new OpenAPI()
                .info(new Info()
                        .title("DeviceWard API")
                        .version("v1")
                        .description("The device registry of the practices the caller may use. Sign in with a Keycloak"
                                + " access token carrying the deviceward-api audience; GET /api/v1/practices lists"
                                + " the practice ids. Errors are application/problem+json."));
    }

    @Bean
    FilterRegistrationBean<BodySizeLimit> apiBodySizeLimit() {
        FilterRegistrationBean<BodySizeLimit> registration = new FilterRegistrationBean<>(new BodySizeLimit());
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Written by hand: these answers come before (or instead of) Spring MVC's message converters. */
    static void writeProblem(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"https://deviceward.io/problems/" + type + "\",\"title\":" + json(title)
                        + ",\"status\":" + status.value() + ",\"detail\":" + json(detail) + "}");
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }

    /** Declared sizes only pass up to the limit; a body without a declared size (chunked) is refused too. */
    static final class BodySizeLimit extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            long length = request.getContentLengthLong();
            boolean chunked = length < 0 && request.getHeader("Transfer-Encoding") != null;
            if (length > MAX_BODY_BYTES || chunked) {
                writeProblem(
                        response,
                        HttpStatus.CONTENT_TOO_LARGE,
                        "too-large",
                        "Request too large",
                        "The request body is limited to " + MAX_BODY_BYTES
                                + " bytes, with its length declared (Content-Length)");
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
