package io.deviceward.device.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.deviceward.audit.AuditEntry;
import io.deviceward.audit.AuditLog;
import io.deviceward.audit.AuditWording;
import io.deviceward.device.Answer;
import io.deviceward.device.Device;
import io.deviceward.device.DeviceCategories;
import io.deviceward.device.DeviceService;
import io.deviceward.device.DeviceStatus;
import io.deviceward.device.Posture;
import io.deviceward.device.PostureCheck;
import io.deviceward.device.PostureItem;
import io.deviceward.findings.Findings;
import io.deviceward.practice.PracticeService;
import io.deviceward.shared.finding.Finding;
import io.deviceward.shared.security.Permission;
import io.deviceward.shared.security.PermissionCheck;
import io.deviceward.shared.text.DateTimes;
import io.deviceward.shared.ui.RouteIds;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One device to read at a glance: key facts, its posture as a checklist with when each item was last checked, what
 * needs attention, and its history in words. "Edit" opens the form, each section's link opens the form at that
 * section.
 */
@Route("practices/:practiceId/devices/:deviceId")
@PermitAll
class DeviceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final DeviceService devices;
    private final DeviceCategories categories;
    private final Findings findings;
    private final AuditLog auditLog;
    private final AuditWording wording;
    private final PracticeService practices;
    private final PermissionCheck access;
    private @Nullable Device device;

    DeviceView(
            DeviceService devices,
            DeviceCategories categories,
            Findings findings,
            AuditLog auditLog,
            AuditWording wording,
            PracticeService practices,
            PermissionCheck access) {
        this.devices = devices;
        this.categories = categories;
        this.findings = findings;
        this.auditLog = auditLog;
        this.wording = wording;
        this.practices = practices;
        this.access = access;
        setId("device-page");
        addClassName("dw-device-page");
    }

    static RouteParameters of(UUID practiceId, UUID deviceId) {
        return new RouteParameters(Map.of("practiceId", practiceId.toString(), "deviceId", deviceId.toString()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID practiceId = RouteIds.required(event, "practiceId");
        UUID deviceId = RouteIds.required(event, "deviceId");
        Device shown = devices.get(practiceId, deviceId);
        device = shown;
        DateTimes times = DateTimes.in(practices.zone(practiceId));
        boolean canEdit = access.can(practiceId, Permission.EDIT_PRACTICE_DATA);
        removeAll();
        add(header(practiceId, shown, canEdit, times));
        add(attention(practiceId, shown));
        add(section(t("device.page.facts"), "identity", practiceId, shown, canEdit), facts(practiceId, shown, times));
        add(
                section(t("device.page.posture"), "posture", practiceId, shown, canEdit),
                posture(shown.getPosture(), times));
        if (shown.getNotes() != null && !shown.getNotes().isBlank()) {
            add(section(t("device.page.notes"), "notes", practiceId, shown, canEdit), new Paragraph(shown.getNotes()));
        }
        add(new H2(t("device.page.history")), history(practiceId, shown, times));
    }

    private Component header(UUID practiceId, Device shown, boolean canEdit, DateTimes times) {
        H1 name = new H1(shown.getName());
        name.setId("device-page-name");
        String category = categories.labels(practiceId).getOrDefault(shown.getCategory(), shown.getCategory());
        Span subtitle = new Span(
                Stream.of(category, shown.getLocation(), shown.getStatus() == null ? null : label(shown.getStatus()))
                        .filter(part -> part != null && !part.isBlank())
                        .reduce((a, b) -> a + " · " + b)
                        .orElse(""));
        subtitle.addClassName("dw-subtitle");
        FlexLayout actions = new FlexLayout();
        actions.addClassName("dw-actions");
        if (canEdit) {
            Button edit = new Button(
                    t("device.page.edit"),
                    VaadinIcon.EDIT.create(),
                    click -> getUI().ifPresent(ui ->
                            ui.navigate(DeviceFormView.class, DeviceFormView.forDevice(practiceId, shown.getId()))));
            edit.setId("edit-device");
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(edit);
        }
        Anchor back = new Anchor(DeviceNavigation.registryPath(practiceId), t("device.page.back"));
        back.setId("back-to-devices");
        actions.add(back);
        Div header = new Div(name, subtitle, actions);
        header.addClassName("dw-page-header");
        return header;
    }

    /** This device's own gaps, and whatever other features found about it (its segment placement). */
    private Component attention(UUID practiceId, Device shown) {
        List<Finding> mine = Stream.concat(
                        devices.findingsFor(practiceId, shown.getId()).stream(),
                        findings.forPractice(practiceId).stream()
                                .filter(f -> shown.getId().equals(f.subject().id()))
                                .filter(f -> !f.kind().startsWith("device.")))
                .sorted(Finding.WORST_FIRST)
                .toList();
        Div box = new Div();
        box.setId("device-findings");
        box.addClassName("dw-attention");
        box.add(new H2(t("device.page.attention")));
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(t("device.page.attention.none"));
            none.setId("device-findings-empty");
            box.add(none);
            return box;
        }
        UnorderedList list = new UnorderedList();
        for (Finding finding : mine) {
            ListItem item = new ListItem();
            item.addClassName("dw-finding");
            item.getElement().setAttribute("data-kind", finding.kind());
            Span severity = new Span(t("severity." + finding.severity().name()));
            severity.getElement().getThemeList().add("badge " + badge(finding));
            String sentence = t(finding.text().key(), finding.text().params());
            String problem = sentence.startsWith(shown.getName() + ": ")
                    ? capitalise(sentence.substring(shown.getName().length() + 2))
                    : sentence;
            item.add(severity, new Span(" " + problem));
            if (!finding.fixPath().equals(DeviceNavigation.pathOf(practiceId, shown.getId()))) {
                item.add(new Span(" "), new Anchor(finding.fixPath(), t("device.page.fix")));
            }
            list.add(item);
        }
        box.add(list);
        return box;
    }

    private Component section(String title, String anchor, UUID practiceId, Device shown, boolean canEdit) {
        H2 heading = new H2(title);
        if (!canEdit) return heading;
        Anchor edit = new Anchor(DeviceFormView.editPath(practiceId, shown.getId(), anchor), t("device.page.edit"));
        edit.setId("edit-" + anchor);
        edit.getElement().setAttribute("aria-label", t("device.page.edit.section", title));
        Div row = new Div(heading, edit);
        row.addClassName("dw-section-heading");
        return row;
    }

    private Component facts(UUID practiceId, Device shown, DateTimes times) {
        DescriptionList list = new DescriptionList();
        list.setId("device-facts");
        list.addClassName("dw-facts");
        fact(list, t("device.page.fact.model"), join(" ", shown.getManufacturer(), shown.getModel()));
        fact(list, t("device.page.fact.serial"), shown.getSerialNumber());
        fact(list, t("device.page.fact.responsible"), shown.getResponsiblePerson());
        fact(list, t("device.page.fact.vendor"), shown.getVendorSupportContact());
        fact(
                list,
                t("device.page.fact.network"),
                join(
                        " · ",
                        shown.getHostname(),
                        String.join(", ", shown.getIpAddresses()),
                        shown.getMacAddress(),
                        shown.getConnection() == null ? null : label(shown.getConnection())));
        fact(
                list,
                t("device.page.fact.firmware"),
                join(
                        t("device.page.fact.firmware.updated"),
                        shown.getFirmwareVersion(),
                        times.date(shown.getFirmwareUpdatedOn())));
        fact(
                list,
                t("device.page.fact.os"),
                join(
                        t("device.page.fact.os.supported"),
                        shown.getOperatingSystem(),
                        times.date(shown.getOsEndOfSupport())));
        fact(
                list,
                t("device.page.fact.patient-data"),
                shown.getStoresPatientData() == Answer.YES
                        ? t("device.page.fact.patient-data.yes")
                        : shown.getStoresPatientData() == null ? null : label(shown.getStoresPatientData()));
        fact(
                list,
                t("device.page.fact.remote"),
                shown.getRemoteAccess() == null ? null : label(shown.getRemoteAccess()));
        fact(
                list,
                t("device.page.fact.criticality"),
                shown.getCriticality() == null ? null : label(shown.getCriticality()));
        fact(list, t("device.page.fact.in-service"), times.date(shown.getInServiceOn()));
        if (shown.getStatus() == DeviceStatus.DECOMMISSIONED) {
            fact(list, t("device.page.fact.decommissioned"), times.date(shown.getDecommissionedOn()));
            fact(
                    list,
                    t("device.page.fact.disposal"),
                    shown.getDisposalMethod() == null ? null : label(shown.getDisposalMethod()));
        }
        return list;
    }

    private static void fact(DescriptionList list, String term, @Nullable String value) {
        if (value == null || value.isBlank()) return;
        list.add(new Term(term), new Description(value));
    }

    /** The checklist: each item's answer, when it was last checked ("never checked" says so), its note. */
    private Component posture(Posture posture, DateTimes times) {
        UnorderedList list = new UnorderedList();
        list.setId("device-posture-checklist");
        list.addClassName("dw-checklist");
        for (PostureItem item : PostureItem.values()) {
            PostureCheck check = posture.get(item);
            Answer answer = check == null || check.getState() == null ? Answer.UNKNOWN : check.getState();
            ListItem row = new ListItem();
            row.getElement().setAttribute("data-item", item.key());
            row.getElement().setAttribute("data-state", answer.name());
            Icon icon = switch (answer) {
                case YES -> VaadinIcon.CHECK_CIRCLE.create();
                case NO -> VaadinIcon.CLOSE_CIRCLE.create();
                default -> VaadinIcon.QUESTION_CIRCLE.create();
            };
            icon.addClassName("dw-check-" + answer.name().toLowerCase(Locale.ROOT));
            icon.getElement().setAttribute("aria-hidden", "true");
            Span label = new Span(t("posture." + item.key()) + ": " + label(answer));
            label.addClassName("dw-check-label");
            String when = check == null || check.getCheckedOn() == null
                    ? t("device.page.check.never")
                    : t("device.page.check.on", times.date(check.getCheckedOn()));
            Span checked = new Span(when);
            checked.addClassName("dw-check-when");
            row.add(icon, label, checked);
            if (check != null && check.getNote() != null && !check.getNote().isBlank()) {
                Span note = new Span(check.getNote());
                note.addClassName("dw-check-note");
                row.add(note);
            }
            list.add(row);
        }
        return list;
    }

    private Component history(UUID practiceId, Device shown, DateTimes times) {
        List<AuditEntry> entries = auditLog.historyOf(practiceId, "Device", shown.getId());
        UnorderedList list = new UnorderedList();
        list.setId("device-history");
        list.addClassName("dw-history");
        for (AuditEntry entry : entries) {
            ListItem item = new ListItem();
            item.addClassName("dw-history-entry");
            Span when = new Span(times.dateTime(entry.getOccurredAt().toInstant(ZoneOffset.UTC)));
            when.addClassName("dw-history-when");
            Span who = new Span(entry.getActorName() + " · " + wording.action(entry.getAction()));
            who.addClassName("dw-history-who");
            item.add(when, who);
            String summary = wording.summary(entry, times);
            if (!summary.isBlank()) item.add(new Span(summary));
            list.add(item);
        }
        if (entries.isEmpty()) list.add(new ListItem(t("device.page.history.none")));
        return list;
    }

    private static String badge(Finding finding) {
        return switch (finding.severity()) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW -> "contrast";
        };
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static @Nullable String join(String separator, @Nullable String... parts) {
        String joined = Stream.of(parts)
                .filter(part -> part != null && !part.isBlank())
                .reduce((a, b) -> a + separator + b)
                .orElse(null);
        return joined;
    }

    /** A choice's label in the reader's language: {@code enum.<Type>.<NAME>}. */
    private String label(Enum<?> choice) {
        return t("enum." + choice.getDeclaringClass().getSimpleName() + "." + choice.name());
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }

    @Override
    public String getPageTitle() {
        return t("device.page.title", device == null ? "" : device.getName());
    }
}
