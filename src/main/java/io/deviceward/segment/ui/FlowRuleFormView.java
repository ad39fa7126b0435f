package io.deviceward.segment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.deviceward.access.PracticeAccess;
import io.deviceward.segment.Endpoint;
import io.deviceward.segment.EndpointKind;
import io.deviceward.segment.FlowAction;
import io.deviceward.segment.FlowRule;
import io.deviceward.segment.FlowRuleDetails;
import io.deviceward.segment.NamedService;
import io.deviceward.segment.Protocol;
import io.deviceward.segment.SegmentService;
import io.deviceward.shared.ConcurrentChangeException;
import io.deviceward.shared.InvalidInputException;
import io.deviceward.shared.NotFoundException;
import io.deviceward.shared.security.Permission;
import io.deviceward.shared.ui.FieldErrors;
import io.deviceward.shared.ui.Notifications;
import io.deviceward.shared.ui.RouteIds;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One flow rule's form; {@code new} adds one at the end. A named service fills in protocol and ports. */
@Route("practices/:practiceId/segments/flows/:ruleId")
@PageTitle("Flow rule · DeviceWard")
@PermitAll
public class FlowRuleFormView extends VerticalLayout implements BeforeEnterObserver {
    private final SegmentService segments;
    private final PracticeAccess access;
    private final H1 title = new H1();
    private final ComboBox<Endpoint> source = new ComboBox<>("From");
    private final ComboBox<Endpoint> destination = new ComboBox<>("To");
    private final ComboBox<NamedService> service = new ComboBox<>("Named service");
    private final Select<Protocol> protocol = new Select<>();
    private final TextField ports = new TextField("Ports");
    private final Select<FlowAction> action = new Select<>();
    private final TextArea justification = new TextArea("Justification");
    private final TextField owner = new TextField("Owner");
    private final DatePicker reviewDue = new DatePicker("Review due");
    private final IntegerField position = new IntegerField("Position");
    private final Binder<FlowRuleDetails> binder = new BeanValidationBinder<>(FlowRuleDetails.class);
    private final Map<String, Binder.Binding<FlowRuleDetails, ?>> bindings = new HashMap<>();
    private final Button save = new Button("Save");
    private final Button delete = new Button("Delete");
    private @Nullable UUID practiceId;
    private @Nullable FlowRule rule;
    private Map<Endpoint, String> names = Map.of();

    FlowRuleFormView(SegmentService segments, PracticeAccess access) {
        this.segments = segments;
        this.access = access;
        setId("flow-rule-form");
        source.setId("flow-source");
        destination.setId("flow-destination");
        service.setId("flow-service");
        service.setItems(NamedService.values());
        service.setItemLabelGenerator(s -> s.label() + " (" + s.protocol().label() + " " + s.ports() + ")");
        service.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                protocol.setValue(e.getValue().protocol());
                ports.setValue(e.getValue().ports());
            }
        });
        protocol.setLabel("Protocol");
        protocol.setId("flow-protocol");
        protocol.setItems(Protocol.values());
        protocol.setItemLabelGenerator(Protocol::label);
        ports.setId("flow-ports");
        ports.setHelperText("Ports and ranges, such as 104, 443, 8000-8100; empty is every port");
        action.setLabel("Action");
        action.setId("flow-action");
        action.setItems(FlowAction.values());
        action.setItemLabelGenerator(FlowAction::label);
        justification.setId("flow-justification");
        owner.setId("flow-owner");
        reviewDue.setId("flow-review-due");
        position.setId("flow-position");
        bindings.put("source", binder.forField(source).bind("source"));
        bindings.put("source.id", bindings.get("source"));
        bindings.put("source.kind", bindings.get("source"));
        bindings.put("destination", binder.forField(destination).bind("destination"));
        bindings.put("destination.id", bindings.get("destination"));
        bindings.put("destination.kind", bindings.get("destination"));
        bindings.put("service", binder.forField(service).bind("service"));
        bindings.put("protocol", binder.forField(protocol).bind("protocol"));
        bindings.put("ports", binder.forField(ports).bind("ports"));
        bindings.put("action", binder.forField(action).bind("action"));
        bindings.put("justification", binder.forField(justification).bind("justification"));
        bindings.put("owner", binder.forField(owner).bind("owner"));
        bindings.put("reviewDue", binder.forField(reviewDue).bind("reviewDue"));
        bindings.put("position", binder.forField(position).bind("position"));
        save.setId("flow-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(c -> save());
        delete.setId("flow-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(c -> delete());
        FormLayout form = new FormLayout(
                source, destination, service, action, protocol, ports, justification, owner, reviewDue, position);
        form.setColspan(justification, 2);
        add(title, form, new HorizontalLayout(save, delete, new Button("Back to rules", c -> back())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        practiceId = RouteIds.required(event, "practiceId");
        names = segments.endpointNames(practiceId);
        Comparator<Endpoint> order =
                Comparator.comparing((Endpoint e) -> e.kind().ordinal()).thenComparing(e -> names.get(e));
        var items = names.keySet().stream().sorted(order).toList();
        source.setItems(items);
        destination.setItems(items);
        source.setItemLabelGenerator(this::label);
        destination.setItemLabelGenerator(this::label);
        String id = event.getRouteParameters().get("ruleId").orElse("new");
        boolean canEdit = access.can(practiceId, Permission.EDIT_PRACTICE_DATA);
        if ("new".equals(id)) {
            rule = null;
            title.setText("New flow rule");
            FlowRuleDetails fresh = new FlowRuleDetails();
            fresh.setAction(FlowAction.ALLOW);
            fresh.setProtocol(Protocol.TCP);
            binder.setBean(fresh);
            delete.setVisible(false);
        } else {
            UUID ruleId = RouteIds.parse(id).orElseThrow(() -> new NotFoundException("Flow rule"));
            rule = segments.getRule(practiceId, ruleId);
            title.setText("Rule " + rule.getPosition());
            binder.setBean(FlowRuleDetails.of(rule));
            delete.setVisible(canEdit);
        }
        binder.setReadOnly(!canEdit);
        save.setVisible(canEdit);
    }

    private String label(Endpoint e) {
        String name = names.getOrDefault(e, "?");
        return e.kind() == EndpointKind.SEGMENT
                ? "Segment: " + name
                : e.kind() == EndpointKind.DEVICE ? "Device: " + name : name;
    }

    private void save() {
        if (!binder.validate().isOk()) return;
        try {
            FlowRule saved = rule == null
                    ? segments.createRule(practiceId, binder.getBean())
                    : segments.updateRule(practiceId, rule.getId(), rule.getVersion(), binder.getBean());
            Notifications.success("Saved rule " + saved.getPosition());
            back();
        } catch (InvalidInputException e) {
            FieldErrors.show(bindings, e);
        } catch (ConcurrentChangeException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void delete() {
        segments.deleteRule(practiceId, rule.getId());
        Notifications.success("Deleted rule " + rule.getPosition());
        back();
    }

    private void back() {
        getUI().ifPresent(ui -> ui.navigate("practices/" + practiceId + "/segments/flows"));
    }
}
