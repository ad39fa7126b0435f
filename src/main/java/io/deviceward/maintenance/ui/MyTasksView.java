package io.deviceward.maintenance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.deviceward.access.PracticeAccess;
import io.deviceward.maintenance.MaintenanceFeeds;
import io.deviceward.maintenance.MaintenanceService;
import io.deviceward.maintenance.TaskStatus;
import io.deviceward.maintenance.TaskView;
import io.deviceward.shared.security.Permission;
import io.deviceward.shared.ui.RouteIds;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;

/** "My tasks today", for clinic staff on a phone: what is due or overdue for them, each with a large button. */
@Route("practices/:practiceId/maintenance/my-tasks")
@PermitAll
public class MyTasksView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final MaintenanceService maintenance;
    private final PracticeAccess access;
    private final MaintenanceFeeds feeds;
    private final String publicUrl;

    MyTasksView(
            MaintenanceService maintenance,
            PracticeAccess access,
            MaintenanceFeeds feeds,
            @Value("${deviceward.public-url}") String publicUrl) {
        this.maintenance = maintenance;
        this.access = access;
        this.feeds = feeds;
        this.publicUrl = publicUrl;
        setId("my-tasks");
        addClassName("my-tasks");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID practiceId = RouteIds.required(event, "practiceId");
        removeAll();
        List<TaskView> mine = maintenance.myTasksToday(practiceId);
        ZoneId zone = maintenance.practice(practiceId).zone();
        boolean canRecord = access.can(practiceId, Permission.RECORD_MAINTENANCE);
        add(new H1(t("maintenance.my-tasks.title")));
        add(new Paragraph(t("maintenance.my-tasks.count", mine.size())));
        mine.stream()
                .sorted(Comparator.comparing((TaskView t) -> t.status() != TaskStatus.OVERDUE))
                .forEach(t -> add(new TaskCard(practiceId, t, zone, canRecord)));
        add(feed());
    }

    /** A link for a calendar app: created here, shown once, revocable. */
    private Div feed() {
        Div box = new Div(new H2(t("maintenance.my-tasks.feed")));
        box.setId("calendar-feed");
        TextField link = new TextField(t("maintenance.my-tasks.feed.link"));
        link.setId("calendar-feed-link");
        link.setReadOnly(true);
        link.setWidthFull();
        link.setVisible(false);
        Paragraph state = new Paragraph(
                feeds.hasToken() ? t("maintenance.my-tasks.feed.has-link") : t("maintenance.my-tasks.feed.none"));
        Button create = new Button(t("maintenance.my-tasks.feed.create"), click -> {
            link.setValue(publicUrl + "/feeds/maintenance/" + feeds.newToken() + ".ics");
            link.setVisible(true);
            state.setText(t("maintenance.my-tasks.feed.created"));
        });
        create.setId("calendar-feed-create");
        Button revoke = new Button(t("maintenance.my-tasks.feed.revoke"), click -> {
            feeds.revoke();
            link.clear();
            link.setVisible(false);
            state.setText(t("maintenance.my-tasks.feed.revoked"));
        });
        revoke.setId("calendar-feed-revoke");
        box.add(state, link, new HorizontalLayout(create, revoke));
        return box;
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }

    @Override
    public String getPageTitle() {
        return t("maintenance.my-tasks.page-title");
    }
}
