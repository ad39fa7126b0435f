package io.deviceward.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.deviceward.access.MemberDirectory;
import io.deviceward.access.PracticeAccess;
import io.deviceward.access.ui.MembersView;
import io.deviceward.audit.AuditFilter;
import io.deviceward.audit.AuditLog;
import io.deviceward.audit.ui.AuditView;
import io.deviceward.device.DeviceService;
import io.deviceward.device.ui.DeviceFormView;
import io.deviceward.device.ui.DeviceListView;
import io.deviceward.practice.Practice;
import io.deviceward.practice.PracticeService;
import io.deviceward.shared.security.Permission;
import io.deviceward.shared.ui.RouteIds;
import jakarta.annotation.security.PermitAll;
import java.util.UUID;

/** A practice at a glance: what is registered, who has access, what to do next. */
@Route(value = "practices/:practiceId", layout = MainLayout.class)
@PermitAll
public class PracticeOverviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final PracticeService practices;
    private final DeviceService devices;
    private final MemberDirectory members;
    private final AuditLog auditLog;
    private final PracticeAccess access;
    private String title = "Practice";

    PracticeOverviewView(
            PracticeService practices,
            DeviceService devices,
            MemberDirectory members,
            AuditLog auditLog,
            PracticeAccess access) {
        this.practices = practices;
        this.devices = devices;
        this.members = members;
        this.auditLog = auditLog;
        this.access = access;
        setId("practice-overview");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID practiceId = RouteIds.required(event, "practiceId");
        Practice practice = practices.get(practiceId);
        title = practice.getName() + " · DeviceWard";
        RouteParameters here = new RouteParameters("practiceId", practiceId.toString());
        long deviceCount = devices.count(practiceId);
        long memberCount = members.activeMemberCount(practiceId);
        long auditCount = auditLog.count(practiceId, AuditFilter.NONE);
        boolean canEdit = access.can(practiceId, Permission.EDIT_PRACTICE_DATA);

        removeAll();
        FlexLayout cards = new FlexLayout(
                card(
                        "Devices",
                        deviceCount,
                        "devices-count",
                        new RouterLink("Open the device registry", DeviceListView.class, here)),
                card(
                        "People with access",
                        memberCount,
                        "members-count",
                        new RouterLink("See members", MembersView.class, here)),
                card(
                        "Audit entries",
                        auditCount,
                        "audit-count",
                        new RouterLink("Open the audit trail", AuditView.class, here)));
        cards.addClassName("dw-cards");
        add(new H1(practice.getName()), cards);

        if (deviceCount == 0) {
            Div empty = new Div();
            empty.setId("devices-empty-state");
            empty.addClassName("dw-empty-state");
            empty.add(new H2("No devices registered yet"));
            if (canEdit) {
                empty.add(new Paragraph("Start with the devices that handle patient data: imaging, patient monitors, "
                        + "the practice server. Each device you add gets its security posture tracked from here on."));
                Button add = new Button(
                        "Register the first device",
                        click -> getUI().ifPresent(
                                        ui -> ui.navigate(DeviceFormView.class, DeviceFormView.forNew(practiceId))));
                add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                add.setId("add-first-device");
                empty.add(add);
            } else {
                empty.add(new Paragraph("Your practice manager or IT provider registers the practice's devices. "
                        + "Once they have, you will see them here."));
            }
            add(empty);
        }
    }

    private static Component card(String label, long value, String id, Component link) {
        Span number = new Span(String.valueOf(value));
        number.setId(id);
        number.addClassName("dw-card-number");
        Div card = new Div(new Span(label), number, link);
        card.addClassName("dw-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
