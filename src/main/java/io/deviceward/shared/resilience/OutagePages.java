package io.deviceward.shared.resilience;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The 503 answers, written straight to the response: an outage page for people, problem+json for the API. */
final class OutagePages {
    private OutagePages() {}

    static void write(HttpServletResponse response, boolean api, String title, String message) throws IOException {
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(Outages.RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (api) {
            response.setContentType("application/problem+json");
            response.getWriter()
                    .write("{\"type\":\"https://deviceward.io/problems/unavailable\",\"title\":\"" + title
                            + "\",\"status\":503,\"detail\":\"" + message + " Try again in "
                            + Outages.RETRY_AFTER_SECONDS + " seconds.\"}");
        } else {
            response.setContentType("text/html");
            response.getWriter()
                    .write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                            + "<meta http-equiv=\"refresh\" content=\"" + (Outages.RETRY_AFTER_SECONDS * 2) + "\">"
                            + "<title>" + title + " · DeviceWard</title>"
                            + "<link rel=\"stylesheet\" href=\"/styles/deviceward.css\"></head>"
                            + "<body class=\"dw-message-page\" id=\"unavailable\"><main><h1>" + title + "</h1><p>"
                            + message + "</p><p>This page tries again by itself in a few seconds.</p>"
                            + "<p><a href=\"/\">Try again now</a></p></main></body></html>");
        }
        response.flushBuffer();
    }
}
