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
    private final H1 heading = new H1();
    private final ComboBox<String> category = new ComboBox<>();
    private final FormLayout disposal = new FormLayout();
    private final Map<String, H2> sections = new HashMap<>();
    private final Button save = new Button();
    private final Button delete = new Button();
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
        category.setLabel(t("device.form.category"));
        category.setId("device-category");
        bind(category, "category");
        FormLayout identity = form(
                bind(text(t("device.form.name"), "device-name"), "name"),
                category,
                bind(text(t("device.form.manufacturer"), "device-manufacturer"), "manufacturer"),
                bind(text(t("device.form.model"), "device-model"), "model"),
                bind(text(t("device.form.serial"), "device-serial"), "serialNumber"),
                bind(text(t("device.form.location"), "device-location"), "location"),
                bind(text(t("device.form.responsible"), "device-responsible"), "responsiblePerson"),
                bind(text(t("device.form.vendor-contact"), "device-vendor-contact"), "vendorSupportContact"));

        // Network
        TextField ips = text(t("device.form.ips"), "device-ips");
        ips.setHelperText(t("device.form.ips.help"));
        binder.forField(ips).withConverter(new IpListConverter()).bind("ipAddresses");
        Select<ConnectionType> connection =
                select(t("device.form.connection"), "device-connection", ConnectionType.values(), this::label, true);
        binder.forField(connection).bind("connection");
        FormLayout network = form(
                bind(text(t("device.form.hostname"), "device-hostname"), "hostname"),
                ips,
                bind(text(t("device.form.mac"), "device-mac"), "macAddress"),
                connection);

        // Software
        FormLayout software = form(
                bind(text(t("device.form.firmware"), "device-firmware"), "firmwareVersion"),
                bind(date(t("device.form.firmware-updated"), "device-firmware-updated"), "firmwareUpdatedOn"),
                bind(text(t("device.form.os"), "device-os"), "operatingSystem"),
                bind(date(t("device.form.os-eos"), "device-os-eos"), "osEndOfSupport"));

        // Data and access
        Select<Answer> patientData =
                select(t("device.form.patient-data"), "device-patient-data", Answer.values(), this::label, false);
        binder.forField(patientData).bind("storesPatientData");
        Select<RemoteAccess> remoteAccess = select(
                t("device.form.remote-access"), "device-remote-access", RemoteAccess.values(), this::label, true);
        binder.forField(remoteAccess).bind("remoteAccess");
        Select<Criticality> criticality =
                select(t("device.form.criticality"), "device-criticality", Criticality.values(), this::label, true);
        binder.forField(criticality).bind("criticality");
        FormLayout data = form(
                patientData,
                remoteAccess,
                criticality,
                bind(text(t("device.form.udi"), "device-udi"), "udi"),
                bind(text(t("device.form.device-class"), "device-class"), "deviceClass"));

        // Lifecycle
        Select<DeviceStatus> status =
                select(t("device.form.status"), "device-status", DeviceStatus.values(), this::label, false);
        bind(status, "status");
        Select<DisposalMethod> disposalMethod =
                select(t("device.form.disposal"), "device-disposal", DisposalMethod.values(), this::label, true);
        binder.forField(disposalMethod).bind("disposalMethod");
        disposal.add(disposalMethod, bind(text(t("device.form.disposed-by"), "device-disposed-by"), "disposedBy"));
        status.addValueChangeListener(e -> disposal.setVisible(e.getValue() == DeviceStatus.DECOMMISSIONED));
        FormLayout lifecycle = form(
                status,
                bind(date(t("device.form.planned-on"), "device-planned-on"), "plannedOn"),
                bind(date(t("device.form.in-service-on"), "device-in-service-on"), "inServiceOn"),
                bind(date(t("device.form.out-of-service-on"), "device-out-of-service-on"), "outOfServiceOn"),
                bind(date(t("device.form.decommissioned-on"), "device-decommissioned-on"), "decommissionedOn"));

        // Posture checklist: one row per item
        VerticalLayout posture = new VerticalLayout();
        posture.setPadding(false);
        posture.setId("device-posture");
        for (PostureItem item : PostureItem.values()) {
            String path = "posture." + item.key();
            Select<Answer> state =
                    select(t("posture." + item.key()), "posture-" + item.key(), Answer.values(), this::label, false);
            bind(state, path + ".state");
            DatePicker checked = date(t("device.form.posture.checked"), "posture-" + item.key() + "-checked");
            binder.forField(checked).bind("posture." + item.key() + ".checkedOn");
            TextField note = text(t("device.form.posture.note"), "posture-" + item.key() + "-note");
            bind(note, path + ".note");
            HorizontalLayout row = new HorizontalLayout(state, checked, note);
            row.setWidthFull();
            row.expand(note);
            posture.add(row);
            if (item == PostureItem.BACKUP) {
                DatePicker lastBackup = date(t("device.form.posture.last-backup"), "posture-last-backup");
                binder.forField(lastBackup).bind("posture.lastSuccessfulBackup");
                posture.add(lastBackup);
            }
        }

        TextArea notes = new TextArea(t("device.form.notes"));
        notes.setId("device-notes");
        notes.setWidthFull();
        bind(notes, "notes");

        save.setText(t("device.form.save"));
        save.setId("save-device");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        delete.setText(t("device.form.delete"));
        delete.setId("delete-device");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> confirmDelete());
        Button back = new Button(t("device.form.cancel"), click -> cancel());
        back.setId("back-to-devices");

        add(
                heading,
                new HorizontalLayout(save, delete, back),
                section("identity", t("device.form.section.identity")),
                identity,
                section("network", t("device.form.section.network")),
                network,
                section("software", t("device.form.section.software")),
                software,
                section("data", t("device.form.section.data")),
                data,
                section("lifecycle", t("device.form.section.lifecycle")),
                lifecycle,
                disposal,
                section("posture", t("device.form.section.posture")),
                posture,
                section("notes", t("device.form.section.notes")),
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
            // The message is for the log, never shown: the not-allowed page says it in the reader's language.
            throw new AccessDeniedException(Permission.EDIT_PRACTICE_DATA.name());
        }
        heading.setText(headingText());
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
            Notifications.success(t("device.form.saved", device.getName()));
            UUID saved = device.getId();
            getUI().ifPresent(ui -> ui.navigate(DeviceView.class, DeviceView.of(practiceId, saved)));
        } catch (InvalidInputException e) {
            showOnItsField(e);
        } catch (ConcurrentChangeException | ObjectOptimisticLockingFailureException e) {
            Notifications.error(t("device.form.changed-meanwhile"));
        }
    }

    private void confirmDelete() {
        ConfirmDialog dialog = new ConfirmDialog(
                t("device.form.delete.title", device.getName()),
                t("device.form.delete.text"),
                t("device.form.delete.confirm"),
                confirm -> {
                    devices.delete(practiceId, device.getId());
                    Notifications.success(t("device.form.deleted", device.getName()));
                    backToList();
                },
                t("device.form.cancel"),
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

    @SuppressWarnings({"unchecked", "rawtypes"})
    private <F extends Component & HasValue<?, ?>> F bind(F field, String property) {
        binder.forField((HasValue) field).bind(property);
        return field;
    }

    /** A rule only the service checks, on the field bound to the property it names (else as a notification). */
    private void showOnItsField(InvalidInputException e) {
        Map<String, Binding<DeviceDetails, ?>> named = new HashMap<>();
        if (e.field() != null) binder.getBinding(e.field()).ifPresent(binding -> named.put(e.field(), binding));
        FieldErrors.show(named, e);
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

    /** "New device" while creating, "Edit <name>" while changing one. */
    private String headingText() {
        return device == null ? t("device.form.new") : t("device.form.edit", device.getName());
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
        return t("device.form.title", headingText());
    }
}
