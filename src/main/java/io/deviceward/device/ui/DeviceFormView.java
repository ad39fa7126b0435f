package io.deviceward.device.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder.Binding;
import com.vaadin.flow.data.binder.RequiredFieldConfigurator;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import io.deviceward.access.PracticeAccess;
import io.deviceward.device.Answer;
import io.deviceward.device.ConnectionType;
import io.deviceward.device.Criticality;
import io.deviceward.device.Device;
import io.deviceward.device.DeviceCategories;
import io.deviceward.device.DeviceCategory;
import io.deviceward.device.DeviceDetails;
import io.deviceward.device.DeviceService;
import io.deviceward.device.DeviceStatus;
import io.deviceward.device.DisposalMethod;
import io.deviceward.device.NetworkAddresses;
import io.deviceward.device.PostureItem;
import io.deviceward.device.RemoteAccess;
import io.deviceward.shared.ConcurrentChangeException;
import io.deviceward.shared.InvalidInputException;
import io.deviceward.shared.NotFoundException;
import io.deviceward.shared.security.Permission;
import io.deviceward.shared.ui.FieldErrors;
import io.deviceward.shared.ui.Notifications;
import io.deviceward.shared.ui.RouteIds;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The device form, all of it: the record and the posture checklist. "devices/new" creates, "devices/<id>/edit"
 * changes one ({@link DeviceView} is where a device is read). Only for roles that may edit: opening it without that
 * right is refused outright (and recorded) rather than shown disabled. {@code ?section=posture} (or identity,
 * network, software, data, lifecycle, notes) opens it scrolled to that section.
 */
@Route("practices/:practiceId/devices/:deviceId/edit")
@RouteAlias("practices/:practiceId/devices/new")
@PermitAll
class DeviceFormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    /**
     * Marks what a person must fill in (name, category, manufacturer, model: {@code @NotBlank}). Selects that
     * always hold a value ({@code @NotNull} with a default) are not marked: there is nothing to do, and a
     * required select puts aria-required on its button, which axe-core reports as critical.
     */
    private static final RequiredFieldConfigurator MUST_BE_FILLED_IN =
            (annotation, binding) -> annotation.annotationType().equals(NotBlank.class);

    private final DeviceService devices;
    private final DeviceCategories categories;
    private final PracticeAccess access;
    private final BeanValidationBinder<DeviceDetails> binder = new BeanValidationBinder<>(DeviceDetails.class);
    private final Map<String, Binding<DeviceDetails, ?>> bindings = new HashMap<>();
    private final H1 heading = new H1();
    private final ComboBox<String> category = new ComboBox<>("Category");
    private final FormLayout disposal = new FormLayout();
    private final Map<String, H2> sections = new HashMap<>();
    private final Button save = new Button("Save");
    private final Button delete = new Button("Delete");
    private UUID practiceId;
    private Device device; // null while creating
    private DeviceDetails draft = new DeviceDetails();

    public static RouteParameters forNew(UUID practiceId) {
        return new RouteParameters(Map.of("practiceId", practiceId.toString()));
    }

    public static RouteParameters forDevice(UUID practiceId, UUID deviceId) {
        return new RouteParameters(Map.of("practiceId", practiceId.toString(), "deviceId", deviceId.toString()));
    }

    /** The form of a device opened at one section ("posture"), for links. */
    static String editPath(UUID practiceId, UUID deviceId, String section) {
        return DeviceNavigation.pathOf(practiceId, deviceId) + "/edit?section=" + section;
    }

    DeviceFormView(DeviceService devices, DeviceCategories categories, PracticeAccess access) {
        this.devices = devices;
        this.categories = categories;
        this.access = access;
        setId("device-form");
        binder.setRequiredConfigurator(MUST_BE_FILLED_IN);

        // Identity
        category.setId("device-category");
        bind(category, "category");
        FormLayout identity = form(
                bind(text("Name", "device-name"), "name"),
                category,
                bind(text("Manufacturer", "device-manufacturer"), "manufacturer"),
                bind(text("Model", "device-model"), "model"),
                bind(text("Serial number", "device-serial"), "serialNumber"),
                bind(text("Location / room", "device-location"), "location"),
                bind(text("Responsible person", "device-responsible"), "responsiblePerson"),
                bind(text("Vendor support contact", "device-vendor-contact"), "vendorSupportContact"));

        // Network
        TextField ips = text("IP addresses", "device-ips");
        ips.setHelperText("IPv4 or IPv6, separated by commas");
        bindings.put(
                "ipAddresses",
                binder.forField(ips).withConverter(new IpListConverter()).bind("ipAddresses"));
        FormLayout network = form(
                bind(text("Hostname", "device-hostname"), "hostname"),
                ips,
                bind(text("MAC address", "device-mac"), "macAddress"),
                bind(
                        select("Connection", "device-connection", ConnectionType.values(), ConnectionType::label, true),
                        "connection"));

        // Software
        FormLayout software = form(
                bind(text("Firmware / software version", "device-firmware"), "firmwareVersion"),
                bind(date("Last updated", "device-firmware-updated"), "firmwareUpdatedOn"),
                bind(text("Operating system", "device-os"), "operatingSystem"),
                bind(date("OS end of support", "device-os-eos"), "osEndOfSupport"));

        // Data and access
        FormLayout data = form(
                bind(
                        select(
                                "Stores or transmits patient data",
                                "device-patient-data",
                                Answer.values(),
                                Answer::label,
                                false),
                        "storesPatientData"),
                bind(
                        select(
                                "Remote vendor access",
                                "device-remote-access",
                                RemoteAccess.values(),
                                RemoteAccess::label,
                                true),
                        "remoteAccess"),
                bind(
                        select("Criticality", "device-criticality", Criticality.values(), Criticality::label, true),
                        "criticality"),
                bind(text("UDI", "device-udi"), "udi"),
                bind(text("Device class", "device-class"), "deviceClass"));

        // Lifecycle
        Select<DeviceStatus> status =
                select("Status", "device-status", DeviceStatus.values(), DeviceStatus::label, false);
        bind(status, "status");
        disposal.add(
                bind(
                        select(
                                "Patient data disposal",
                                "device-disposal",
                                DisposalMethod.values(),
                                DisposalMethod::label,
                                true),
                        "disposalMethod"),
                bind(text("Disposed of by", "device-disposed-by"), "disposedBy"));
        status.addValueChangeListener(e -> disposal.setVisible(e.getValue() == DeviceStatus.DECOMMISSIONED));
        FormLayout lifecycle = form(
                status,
                bind(date("Planned on", "device-planned-on"), "plannedOn"),
                bind(date("In service since", "device-in-service-on"), "inServiceOn"),
                bind(date("Out of service since", "device-out-of-service-on"), "outOfServiceOn"),
                bind(date("Decommissioned on", "device-decommissioned-on"), "decommissionedOn"));

        // Posture checklist: one row per item
        VerticalLayout posture = new VerticalLayout();
        posture.setPadding(false);
        posture.setId("device-posture");
        for (PostureItem item : PostureItem.values()) {
            String path = "posture." + item.key();
            Select<Answer> state = select(item.label(), "posture-" + item.key(), Answer.values(), Answer::label, false);
            bind(state, path + ".state");
            DatePicker checked = date("Last checked", "posture-" + item.key() + "-checked");
            bind(checked, path + ".checkedOn");
            TextField note = text("Note", "posture-" + item.key() + "-note");
            bind(note, path + ".note");
            HorizontalLayout row = new HorizontalLayout(state, checked, note);
            row.setWidthFull();
            row.expand(note);
            posture.add(row);
            if (item == PostureItem.BACKUP) {
                posture.add(
                        bind(date("Last successful backup", "posture-last-backup"), "posture.lastSuccessfulBackup"));
            }
        }

        TextArea notes = new TextArea("Notes");
        notes.setId("device-notes");
        notes.setWidthFull();
        bind(notes, "notes");

        save.setId("save-device");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        delete.setId("delete-device");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> confirmDelete());
        Button back = new Button("Cancel", click -> cancel());
        back.setId("back-to-devices");

        add(
                heading,
                new HorizontalLayout(save, delete, back),
                section("identity", "Identity"),
                identity,
                section("network", "Network"),
                network,
                section("software", "Software"),
                software,
                section("data", "Data and access"),
                data,
                section("lifecycle", "Lifecycle"),
                lifecycle,
                disposal,
                section("posture", "Security posture"),
                posture,
                section("notes", "Notes"),
                notes);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        practiceId = RouteIds.required(event, "practiceId");
        Map<String, String> labels = categories.labels(practiceId);
        category.setItems(categories.forPractice(practiceId).stream()
                .map(DeviceCategory::getCode)
                .toList());
        category.setItemLabelGenerator(code -> labels.getOrDefault(code, code));
        var deviceParam = event.getRouteParameters().get("deviceId");
        // Looked up first: another practice's device is "not found", never "not allowed".
        device = deviceParam
                .map(text -> devices.get(
                        practiceId, RouteIds.parse(text).orElseThrow(() -> new NotFoundException("Device"))))
                .orElse(null);
        if (!access.can(practiceId, Permission.EDIT_PRACTICE_DATA)) {
            access.check(practiceId, Permission.EDIT_PRACTICE_DATA.name()); // records the refusal
            throw new AccessDeniedException("May not change devices here");
        }
        heading.setText(device == null ? "New device" : "Edit " + device.getName());
        draft = device == null ? fromScan(event.getLocation().getQueryParameters()) : DeviceDetails.of(device);
        binder.readBean(draft);
        disposal.setVisible(device != null && device.getStatus() == DeviceStatus.DECOMMISSIONED);
        delete.setVisible(device != null);
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("section")
                .filter(sections::containsKey)
                .ifPresent(section -> sections.get(section).scrollIntoView());
    }

    /** A new device from an unregistered host a scan found: {@code ?ip=192.168.20.7&segment=<id>}. */
    private static DeviceDetails fromScan(QueryParameters query) {
        DeviceDetails details = new DeviceDetails();
        query.getSingleParameter("ip")
                .flatMap(ip -> NetworkAddresses.split(ip).stream().findFirst())
                .ifPresent(ip -> details.setIpAddresses(new ArrayList<>(List.of(ip))));
        query.getSingleParameter("segment").flatMap(RouteIds::parse).ifPresent(details::setSegmentId);
        return details;
    }

    private H2 section(String id, String title) {
        H2 heading = new H2(title);
        heading.setId("section-" + id);
        sections.put(id, heading);
        return heading;
    }

    private void save() {
        // Start from what is stored (or what a scan found), so fields this form does not show (the segment) are kept.
        DeviceDetails details = device == null ? draft : DeviceDetails.of(device);
        if (!binder.writeBeanIfValid(details)) {
            return;
        }
        try {
            device = device == null
                    ? devices.create(practiceId, details)
                    : devices.update(practiceId, device.getId(), device.getVersion(), details);
            Notifications.success("Saved " + device.getName());
            UUID saved = device.getId();
            getUI().ifPresent(ui -> ui.navigate(DeviceView.class, DeviceView.of(practiceId, saved)));
        } catch (InvalidInputException e) {
            FieldErrors.show(bindings, e);
        } catch (ConcurrentChangeException | ObjectOptimisticLockingFailureException e) {
            Notifications.error("Someone else changed this device since you opened it. Your changes are still in "
                    + "the form: reload the page to see theirs, then apply yours again.");
        }
    }

    private void confirmDelete() {
        ConfirmDialog dialog = new ConfirmDialog(
                "Delete " + device.getName() + "?",
                "The device leaves the registry; to keep its record, set its status to decommissioned instead. "
                        + "The audit trail keeps the history either way.",
                "Delete",
                confirm -> {
                    devices.delete(practiceId, device.getId());
                    Notifications.success("Deleted " + device.getName());
                    backToList();
                },
                "Cancel",
                cancel -> {});
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void cancel() {
        if (device == null) {
            backToList();
        } else {
            UUID shown = device.getId();
            getUI().ifPresent(ui -> ui.navigate(DeviceView.class, DeviceView.of(practiceId, shown)));
        }
    }

    private void backToList() {
        getUI().ifPresent(ui ->
                ui.navigate(DeviceListView.class, new RouteParameters("practiceId", practiceId.toString())));
    }

    private <F extends Component & HasValue<?, ?>> F bind(F field, String property) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Binding<DeviceDetails, ?> binding = binder.forField((HasValue) field).bind(property);
        bindings.put(property, binding);
        return field;
    }

    private static FormLayout form(Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("70em", 3));
        return form;
    }

    private static TextField text(String label, String id) {
        TextField field = new TextField(label);
        field.setId(id);
        return field;
    }

    private static DatePicker date(String label, String id) {
        DatePicker picker = new DatePicker(label);
        picker.setId(id);
        picker.setClearButtonVisible(true);
        return picker;
    }

    private static <T> Select<T> select(
            String label, String id, T[] values, Function<T, String> labels, boolean emptyAllowed) {
        Select<T> select = new Select<>();
        select.setLabel(label);
        select.setId(id);
        select.setItems(values);
        select.setItemLabelGenerator(value -> value == null ? "" : labels.apply(value));
        select.setEmptySelectionAllowed(emptyAllowed);
        return select;
    }

    /** The form shows addresses as one comma-separated text; Bean Validation checks each. */
    private static final class IpListConverter implements Converter<String, List<String>> {
        @Override
        public Result<List<String>> convertToModel(String value, ValueContext context) {
            return Result.ok(new ArrayList<>(NetworkAddresses.split(value)));
        }

        @Override
        public String convertToPresentation(List<String> value, ValueContext context) {
            return value == null ? "" : String.join(", ", value);
        }
    }

    @Override
    public String getPageTitle() {
        return (device == null ? "New device" : "Edit " + device.getName()) + " · DeviceWard";
    }
}
