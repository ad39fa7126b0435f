package io.deviceward.segment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.deviceward.access.PracticeAccess;
import io.deviceward.device.Device;
import io.deviceward.device.DeviceFilter;
import io.deviceward.device.DeviceService;
import io.deviceward.segment.Segment;
import io.deviceward.segment.SegmentDetails;
import io.deviceward.segment.SegmentPurpose;
import io.deviceward.segment.SegmentService;
import io.deviceward.shared.ConcurrentChangeException;
import io.deviceward.shared.InvalidInputException;
import io.deviceward.shared.NotFoundException;
import io.deviceward.shared.security.Permission;
import io.deviceward.shared.ui.FieldErrors;
import io.deviceward.shared.ui.Notifications;
import io.deviceward.shared.ui.RouteIds;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** One segment: its form, and the devices in it (drilled into from the map). {@code new} creates one. */
@Route("practices/:practiceId/segments/:segmentId")
@PermitAll
public class SegmentFormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final SegmentService segments;
    private final DeviceService devices;
    private final PracticeAccess access;
    private final H1 title = new H1();
    private final TextField name = new TextField(t("segment.form.name"));
    private final ComboBox<SegmentPurpose> purpose = new ComboBox<>(t("segment.form.purpose"));
    private final IntegerField vlanId = new IntegerField(t("segment.form.vlan"));
    private final TextField cidrs = new TextField(t("segment.form.cidrs"));
    private final TextField gateway = new TextField(t("segment.form.gateway"));
    private final Checkbox isolated = new Checkbox(t("segment.form.isolated"));
    private final TextArea description = new TextArea(t("segment.form.description"));
    private final DatePicker reviewDue = new DatePicker(t("segment.form.review-due"));
    private final Binder<SegmentDetails> binder = new BeanValidationBinder<>(SegmentDetails.class);
    private final Map<String, Binder.Binding<SegmentDetails, ?>> bindings;
    private final Button save = new Button(t("segment.form.save"));
    private final Button delete = new Button(t("segment.form.delete"));
    private final Grid<Device> members = new Grid<>();
    private final H2 membersTitle = new H2(t("segment.form.devices"));
    private @Nullable UUID practiceId;
    private @Nullable Segment segment;

    SegmentFormView(SegmentService segments, DeviceService devices, PracticeAccess access) {
        this.segments = segments;
        this.devices = devices;
        this.access = access;
        setId("segment-form");
        name.setId("segment-name");
        purpose.setId("segment-purpose");
        purpose.setItems(SegmentPurpose.values());
        purpose.setItemLabelGenerator(p -> t("enum.SegmentPurpose." + p.name()));
        purpose.addValueChangeListener(e -> {
            if (e.isFromClient() && segment == null && e.getValue() != null)
                isolated.setValue(e.getValue().isolatedByDefault());
        });
        vlanId.setId("segment-vlan");
        cidrs.setId("segment-cidrs");
        cidrs.setHelperText(t("segment.form.cidrs.help"));
        gateway.setId("segment-gateway");
        isolated.setId("segment-isolated");
        description.setId("segment-description");
        reviewDue.setId("segment-review-due");
        bindings = Map.of(
                "name", binder.forField(name).bind("name"),
                "purpose", binder.forField(purpose).bind("purpose"),
                "vlanId", binder.forField(vlanId).bind("vlanId"),
                "cidrs", binder.forField(cidrs).withConverter(new CidrList()).bind("cidrs"),
                "gateway", binder.forField(gateway).bind("gateway"),
                "description", binder.forField(description).bind("description"),
                "reviewDue", binder.forField(reviewDue).bind("reviewDue"));
        binder.forField(isolated).bind(d -> Boolean.TRUE.equals(d.getIsolated()), SegmentDetails::setIsolated);
        save.setId("segment-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        delete.setId("segment-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> delete());
        FormLayout form = new FormLayout(name, purpose, vlanId, cidrs, gateway, reviewDue, isolated, description);
        form.setColspan(description, 2);
        members.setId("segment-devices");
        members.addColumn(Device::getName).setHeader(t("segment.form.column.device"));
        members.addColumn(d -> String.join(", ", d.getIpAddresses())).setHeader(t("segment.form.column.addresses"));
        members.addColumn(d -> t("enum.Answer." + d.getStoresPatientData().name()))
                .setHeader(t("segment.form.column.patient-data"));
        members.setAllRowsVisible(true);
        members.addItemClickListener(c -> getUI().ifPresent(ui -> ui.navigate(
                "practices/" + practiceId + "/devices/" + c.getItem().getId())));
        add(
                title,
                form,
                new HorizontalLayout(save, delete, new Button(t("segment.form.back"), c -> back())),
                membersTitle,
                members);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        practiceId = RouteIds.required(event, "practiceId");
        String id = event.getRouteParameters().get("segmentId").orElse("new");
        boolean canEdit = access.can(practiceId, Permission.EDIT_PRACTICE_DATA);
        if ("new".equals(id)) {
            segment = null;
            title.setText(t("segment.form.new"));
            SegmentDetails fresh = new SegmentDetails();
            fresh.setIsolated(false);
            binder.setBean(fresh);
            members.setVisible(false);
            membersTitle.setVisible(false);
            delete.setVisible(false);
        } else {
            UUID segmentId = RouteIds.parse(id).orElseThrow(() -> new NotFoundException("Segment"));
            segment = segments.getSegment(practiceId, segmentId);
            title.setText(segment.getName());
            binder.setBean(SegmentDetails.of(segment));
            members.setItems(devices.list(
                            practiceId,
                            new DeviceFilter(null, null, null, segmentId, null),
                            PageRequest.of(0, 500, Sort.by("name")))
                    .getContent());
            members.setVisible(true);
            membersTitle.setVisible(true);
            delete.setVisible(canEdit);
        }
        binder.setReadOnly(!canEdit);
        save.setVisible(canEdit);
    }

    private void save() {
        if (!binder.validate().isOk()) return;
        SegmentDetails details = binder.getBean();
        try {
            Segment saved = segment == null
                    ? segments.createSegment(practiceId, details)
                    : segments.updateSegment(practiceId, segment.getId(), segment.getVersion(), details);
            Notifications.success(t("segment.form.saved", saved.getName()));
            back();
        } catch (InvalidInputException e) {
            FieldErrors.show(bindings, e);
        } catch (ConcurrentChangeException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void delete() {
        try {
            segments.deleteSegment(practiceId, segment.getId());
            Notifications.success(t("segment.form.deleted", segment.getName()));
            back();
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void back() {
        getUI().ifPresent(ui -> ui.navigate("practices/" + practiceId + "/segments"));
    }

    @Override
    public String getPageTitle() {
        return t("segment.form.page-title");
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }

    /** "10.0.1.0/24, fd00::/64" to a list and back. */
    static final class CidrList implements Converter<String, List<String>> {
        @Override
        public Result<List<String>> convertToModel(String value, ValueContext context) {
            if (value == null || value.isBlank()) return Result.ok(new ArrayList<>());
            return Result.ok(new ArrayList<>(Arrays.stream(value.split("[,;\\s]+"))
                    .filter(s -> !s.isBlank())
                    .toList()));
        }

        @Override
        public String convertToPresentation(List<String> value, ValueContext context) {
            return value == null ? "" : String.join(", ", value);
        }
    }
}
