package io.deviceward.maintenance.api;

import io.deviceward.maintenance.MaintenanceFeeds;
import io.deviceward.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Hidden;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's maintenance tasks as an iCalendar feed for their calendar app. The token in the path is
 * the credential (calendar apps send no sign-in); a revoked or unknown one answers 404.
 */
@RestController
@Hidden
class MaintenanceFeedApi {
    private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final MaintenanceFeeds feeds;

    MaintenanceFeedApi(MaintenanceFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/feeds/maintenance/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return feeds.ics(token)
                .map(ics -> ResponseEntity.ok().contentType(CALENDAR).body(ics))
                .orElseThrow(() -> new NotFoundException("Feed"));
    }
}
