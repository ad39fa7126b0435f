package io.deviceward.shared.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The API's outer edges: an unknown {@code /api/**} path answers 404 problem+json (not Vaadin's HTML shell, which
 * serves every other unknown path), and a request body over {@value #MAX_BODY_BYTES} bytes is refused with 413
 * before anything reads it.
 */
@Configuration(proxyBeanMethods = false)
class ApiEdges {
    static final long MAX_BODY_BYTES = 1024 * 1024;

    /**
     * Consulted after the annotated controllers (which answer 405 or 415 for a known path themselves) and before
     * Vaadin's catch-all forwarding.
     */
    @Bean
    RouterFunction<ServerResponse> unknownApiPath() {
        return RouterFunctions.route(RequestPredicates.path("/api/**"), request -> {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.NOT_FOUND, "There is no " + request.path() + " in this API; see /api/v1/openapi.json");
            problem.setType(URI.create("https://deviceward.io/problems/not-found"));
            problem.setTitle("Not found");
            return ServerResponse.status(HttpStatus.NOT_FOUND)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        });
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

    /** Declared sizes only pass up to the limit; a body without a declared size (chunked) is refused too. */
    static final class BodySizeLimit extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            long length = request.getContentLengthLong();
            boolean chunked = length < 0 && request.getHeader("Transfer-Encoding") != null;
            if (length > MAX_BODY_BYTES || chunked) {
                response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter()
                        .write("{\"type\":\"https://deviceward.io/problems/too-large\",\"title\":\"Request too large\","
                                + "\"status\":413,\"detail\":\"The request body is limited to " + MAX_BODY_BYTES
                                + " bytes, with its length declared (Content-Length)\"}");
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
