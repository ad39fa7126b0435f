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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.deviceward.access.PracticeAccess;
import io.deviceward.segment.Endpoint;
import io.deviceward.segment.EndpointKind;
import io.deviceward.segment.FlowAction;
import io.deviceward.segment.FlowPolicy;
import io.deviceward.segment.FlowRule;
import io.deviceward.segment.FlowRuleDetails;
import io.deviceward.segment.NamedService;
import io.deviceward.segment.Protocol;
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
@PermitAll
public class FlowRuleFormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final FlowPolicy policy;
    private final PracticeAccess access;
    private final H1 title = new H1();
    private final ComboBox<Endpoint> source = new ComboBox<>(t("segment.rule.from"));
    private final ComboBox<Endpoint> destination = new ComboBox<>(t("segment.rule.to"));
    private final ComboBox<NamedService> service = new ComboBox<>(t("segment.rule.service"));
    private final Select<Protocol> protocol = new Select<>();
    private final TextField ports = new TextField(t("segment.rule.ports"));
    private final Select<FlowAction> action = new Select<>();
    private final TextArea justification = new TextArea(t("segment.rule.justification"));
    private final TextField owner = new TextField(t("segment.rule.owner"));
    private final DatePicker reviewDue = new DatePicker(t("segment.rule.review-due"));
    private final IntegerField position = new IntegerField(t("segment.rule.position"));
    private final Binder<FlowRuleDetails> binder = new BeanValidationBinder<>(FlowRuleDetails.class);
    private final Map<String, Binder.Binding<FlowRuleDetails, ?>> bindings = new HashMap<>();
    private final Button save = new Button(t("segment.rule.save"));
    private final Button delete = new Button(t("segment.rule.delete"));
    private @Nullable UUID practiceId;
    private @Nullable FlowRule rule;
    private Map<Endpoint, String> names = Map.of();

    FlowRuleFormView(FlowPolicy policy, PracticeAccess access) {
        this.policy = policy;
        this.access = access;
        setId("flow-rule-form");
        source.setId("flow-source");
        destination.setId("flow-destination");
        service.setId("flow-service");
        service.setItems(NamedService.values());
        service.setItemLabelGenerator(s -> t(
                "segment.rule.service.item",
                t("enum.NamedService." + s.name()),
                protocolLabel(s.protocol()),
                s.ports()));
        service.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                protocol.setValue(e.getValue().protocol());
                ports.setValue(e.getValue().ports());
            }
        });
        protocol.setLabel(t("segment.rule.protocol"));
        protocol.setId("flow-protocol");
        protocol.setItems(Protocol.values());
        protocol.setItemLabelGenerator(this::protocolLabel);
        ports.setId("flow-ports");
        ports.setHelperText(t("segment.rule.ports.help"));
        action.setLabel(t("segment.rule.action"));
        action.setId("flow-action");
        action.setItems(FlowAction.values());
        action.setItemLabelGenerator(a -> t("enum.FlowAction." + a.name()));
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
        add(title, form, new HorizontalLayout(save, delete, new Button(t("segment.rule.back"), c -> back())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        practiceId = RouteIds.required(event, "practiceId");
        names = policy.endpointNames(practiceId);
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
            title.setText(t("segment.rule.new"));
            FlowRuleDetails fresh = new FlowRuleDetails();
            fresh.setAction(FlowAction.ALLOW);
            fresh.setProtocol(Protocol.TCP);
            binder.setBean(fresh);
            delete.setVisible(false);
        } else {
            UUID ruleId = RouteIds.parse(id).orElseThrow(() -> new NotFoundException("Flow rule"));
            rule = policy.getRule(practiceId, ruleId);
            title.setText(t("segment.rule.title", String.valueOf(rule.getPosition())));
            binder.setBean(FlowRuleDetails.of(rule));
            delete.setVisible(canEdit);
        }
        binder.setReadOnly(!canEdit);
        save.setVisible(canEdit);
    }

    private String label(Endpoint e) {
        String name = names.getOrDefault(e, "?");
        return e.kind() == EndpointKind.SEGMENT
                ? t("segment.rule.endpoint.segment", name)
                : e.kind() == EndpointKind.DEVICE ? t("segment.rule.endpoint.device", name) : name;
    }

    private void save() {
        if (!binder.validate().isOk()) return;
        try {
            FlowRule saved = rule == null
                    ? policy.createRule(practiceId, binder.getBean())
                    : policy.updateRule(practiceId, rule.getId(), rule.getVersion(), binder.getBean());
            Notifications.success(t("segment.rule.saved", String.valueOf(saved.getPosition())));
            back();
        } catch (InvalidInputException e) {
            FieldErrors.show(bindings, e);
        } catch (ConcurrentChangeException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void delete() {
        policy.deleteRule(practiceId, rule.getId());
        Notifications.success(t("segment.rule.deleted", String.valueOf(rule.getPosition())));
        back();
    }

    private void back() {
        getUI().ifPresent(ui -> ui.navigate("practices/" + practiceId + "/segments/flows"));
    }

    private String protocolLabel(Protocol protocol) {
        return t("enum.Protocol." + protocol.name());
    }

    @Override
    public String getPageTitle() {
        return t("segment.rule.page-title");
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
