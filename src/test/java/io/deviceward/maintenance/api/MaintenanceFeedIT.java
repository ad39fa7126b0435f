package io.deviceward.maintenance.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.access.AppUserRepository;
import io.deviceward.maintenance.MaintenanceFeeds;
import io.deviceward.support.IntegrationTest;
import io.deviceward.support.SignIn;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** The .ics feed: readable with its token and nothing else, and gone once revoked. */
@IntegrationTest
class MaintenanceFeedIT {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Autowired
    MaintenanceFeeds feeds;

    @Autowired
    AppUserRepository users;

    @Value("${server.port}")
    int port;

    @Test
    void theFeedAnswersWithItsTokenOnlyUntilRevoked() throws Exception {
        UUID staff = users.findByUsername("staff.lindenhof").orElseThrow().getId();
        String token = SignIn.as(staff, feeds::newToken);

        HttpResponse<String> feed = get(token);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
        assertThat(feed.body()).startsWith("BEGIN:VCALENDAR").contains("PRODID:-//DeviceWard//Maintenance//EN");
        // The demo's steriliser checks are assigned to clinic staff: today's Bowie-Dick test is in the feed.
        assertThat(feed.body()).contains("Bowie-Dick");

        assertThat(get("not-" + token).statusCode()).isEqualTo(404);
        String second = SignIn.as(staff, feeds::newToken);
        assertThat(get(token).statusCode()).isEqualTo(404); // a new token replaces the old one
        SignIn.run(staff, feeds::revoke);
        assertThat(get(second).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String token) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/feeds/maintenance/" + token + ".ics"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
