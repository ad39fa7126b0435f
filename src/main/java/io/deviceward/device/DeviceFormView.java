package io.deviceward.device;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder.Binding;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.deviceward.access.Permission;
import io.deviceward.access.PracticeAccess;
import io.deviceward.shared.InvalidInputException;
import io.deviceward.shared.ui.Notifications;
import io.deviceward.shared.ui.RouteIds;
import io.deviceward.shell.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;

/**
 * One device: "new" creates, an id opens it. Read-only for roles that may only view; opening "new"
 * without the right to edit is refused outright (and recorded) rather than shown disabled.
 */
@Route(value = "practices/:practiceId/devices/:deviceId", layout = MainLayout.class)
@PermitAll
public class DeviceFormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private static final String NEW = "new";

    private final DeviceService devices;
    private final PracticeAccess access;
    private final BeanValidationBinder<DeviceDetails> binder = new BeanValidationBinder<>(DeviceDetails.class);
    private final Map<String, Binding<DeviceDetails, ?>> bindings;
    private final H1 heading = new H1();
    private final Button save = new Button("Save");
    private final Button delete = new Button("Delete");
    private final ComboBox<String> category;
    private final DeviceCategories categories;
    private UUID practiceId;
    private Device device; // null while creating

    public static RouteParameters forNew(UUID practiceId) {
        return new RouteParameters(Map.of("practiceId", practiceId.toString(), "deviceId", NEW));
    }

    public static RouteParameters forDevice(UUID practiceId, UUID deviceId) {
        return new RouteParameters(Map.of("practiceId", practiceId.toString(), "deviceId", deviceId.toString()));
    }

    DeviceFormView(DeviceService devices, DeviceCategories categories, PracticeAccess access) {
        this.devices = devices;
        this.categories = categories;
        this.access = access;
        setId("device-form");

        TextField name = new TextField("Name");
        name.setId("device-name");
        category = new ComboBox<>("Category");
        category.setId("device-category");
        TextField manufacturer = new TextField("Manufacturer");
        manufacturer.setId("device-manufacturer");
        TextField model = new TextField("Model");
        model.setId("device-model");
        TextField serial = new TextField("Serial number");
        serial.setId("device-serial");
        TextField location = new TextField("Location");
        location.setId("device-location");
        Select<DeviceStatus> status = new Select<>();
        status.setLabel("Status");
        status.setItems(DeviceStatus.values());
        status.setItemLabelGenerator(DeviceStatus::label);
        status.setId("device-status");
        bindings = Map.of(
                "name", binder.forField(name).bind("name"),
                "category", binder.forField(category).bind("category"),
                "manufacturer", binder.forField(manufacturer).bind("manufacturer"),
                "model", binder.forField(model).bind("model"),
                "serialNumber", binder.forField(serial).bind("serialNumber"),
                "location", binder.forField(location).bind("location"),
                "status", binder.forField(status).bind("status"));

        save.setId("save-device");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        delete.setId("delete-device");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> confirmDelete());
        Button back = new Button("Back to devices", click -> backToList());

        add(heading, new FormLayout(name, category, manufacturer, model, serial, location, status),
                new HorizontalLayout(save, delete, back));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        practiceId = RouteIds.required(event, "practiceId");
        java.util.Map<String, String> labels = categories.labels(practiceId);
        category.setItems(categories.forPractice(practiceId).stream().map(DeviceCategory::getCode).toList());
        category.setItemLabelGenerator(code -> labels.getOrDefault(code, code));
        String deviceParam = event.getRouteParameters().get("deviceId").orElse("");
        boolean canEdit = access.can(practiceId, Permission.EDIT_PRACTICE_DATA);
        if (NEW.equals(deviceParam)) {
            devices.count(practiceId); // unknown practice: "not found" before anything else
            if (!canEdit) {
                access.check(practiceId, Permission.EDIT_PRACTICE_DATA.name()); // records the refusal
                throw new AccessDeniedException("May not register devices here");
            }
            device = null;
            heading.setText("New device");
            binder.readBean(new DeviceDetails());
        } else {
            UUID deviceId = RouteIds.parse(deviceParam).orElseThrow(() -> new io.deviceward.shared.NotFoundException("Device"));
            device = devices.get(practiceId, deviceId);
            heading.setText(device.getName());
            binder.readBean(DeviceDetails.of(device));
        }
        binder.setReadOnly(!canEdit);
        save.setVisible(canEdit);
        delete.setVisible(canEdit && device != null);
    }

    private void save() {
        DeviceDetails details = new DeviceDetails();
        if (!binder.writeBeanIfValid(details)) {
            return;
        }
        try {
            device = device == null
                    ? devices.create(practiceId, details)
                    : devices.update(practiceId, device.getId(), device.getVersion(), details);
            Notifications.success("Saved " + device.getName());
            backToList();
        } catch (InvalidInputException e) {
            // A rule only the service can check (a duplicate serial): show it on the field, keep the input.
            Binding<DeviceDetails, ?> binding = bindings.get(e.field());
            if (binding != null && binding.getField() instanceof com.vaadin.flow.component.HasValidation field) {
                field.setErrorMessage(e.getMessage());
                field.setInvalid(true);
            } else {
                Notifications.error(e.getMessage());
            }
        }
    }

    private void confirmDelete() {
        ConfirmDialog dialog = new ConfirmDialog("Delete " + device.getName() + "?",
                "The device leaves the registry. The audit trail keeps the record of it.", "Delete", confirm -> {
                    devices.delete(practiceId, device.getId());
                    Notifications.success("Deleted " + device.getName());
                    backToList();
                }, "Cancel", cancel -> {});
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void backToList() {
        getUI().ifPresent(ui -> ui.navigate(DeviceListView.class, new RouteParameters("practiceId", practiceId.toString())));
    }

    @Override
    public String getPageTitle() {
        return (device == null ? "New device" : device.getName()) + " · DeviceWard";
    }
}
