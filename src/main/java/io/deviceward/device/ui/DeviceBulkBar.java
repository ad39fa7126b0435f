package io.deviceward.device.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.deviceward.device.DeviceService;
import io.deviceward.device.DeviceStatus;
import io.deviceward.device.DisposalMethod;
import io.deviceward.shared.InvalidInputException;
import io.deviceward.shared.ui.Notifications;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Changes to the devices ticked in the list: a status, a category, or decommissioning (in a dialog built when it
 * opens). The list builds the bar on the first tick, not with the page: most visits tick nothing, and each UI
 * kept its fields and listeners for nothing.
 */
final class DeviceBulkBar extends HorizontalLayout {
    /** What the bar needs of the list: the ticked devices, and what to do once they changed. */
    interface Selection {
        /** The practice in the list's URL (the list is kept when only its route parameters change). */
        UUID practiceId();

        Set<UUID> deviceIds();

        /** Clears the ticks and shows the list and its count anew. */
        void changed();
    }

    private interface BulkChange {
        int apply(Set<UUID> deviceIds);
    }

    private final DeviceService devices;
    private final Selection selection;
    private final Span selectionInfo = new Span();
    private final Select<DeviceStatus> status = new Select<>();
    private final ComboBox<String> category = new ComboBox<>();

    DeviceBulkBar(DeviceService devices, Selection selection) {
        this.devices = devices;
        this.selection = selection;
        setId("bulk-actions");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        selectionInfo.setId("bulk-selection");
        status.setId("bulk-status");
        status.setPlaceholder(t("device.list.bulk.status"));
        status.setItems(DeviceStatus.PLANNED, DeviceStatus.IN_SERVICE, DeviceStatus.OUT_OF_SERVICE);
        status.setItemLabelGenerator(s -> s == null ? "" : DeviceLabels.of(this, s));
        Button applyStatus = new Button(
                t("device.list.bulk.status"),
                click -> bulk(ids -> {
                    if (status.getValue() == null)
                        throw new InvalidInputException("status", t("device.list.bulk.status.missing"));
                    return devices.changeStatus(selection.practiceId(), ids, status.getValue());
                }));
        applyStatus.setId("bulk-status-apply");
        category.setId("bulk-category");
        category.setPlaceholder(t("device.list.bulk.category"));
        Button applyCategory = new Button(
                t("device.list.bulk.category"),
                click -> bulk(ids -> {
                    if (category.getValue() == null)
                        throw new InvalidInputException("category", t("device.list.bulk.category.missing"));
                    return devices.changeCategory(selection.practiceId(), ids, category.getValue());
                }));
        applyCategory.setId("bulk-category-apply");
        Button decommission = new Button(t("device.list.bulk.decommission"), click -> openDecommission());
        decommission.setId("bulk-decommission");
        decommission.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(selectionInfo, status, applyStatus, category, applyCategory, decommission);
    }

    /** The practice's categories to choose from (codes, shown by their labels). */
    void categories(List<String> codes, Map<String, String> labels) {
        category.setItems(codes);
        category.setItemLabelGenerator(code -> labels.getOrDefault(code, code));
    }

    /** "2 selected". */
    void selected(int count) {
        selectionInfo.setText(t("device.list.bulk.selected", count));
    }

    private void bulk(BulkChange change) {
        try {
            int changed = change.apply(selection.deviceIds());
            Notifications.success(t("device.list.bulk.changed", changed));
            selection.changed();
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void openDecommission() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(
                t("device.list.decommission.title", selection.deviceIds().size()));
        Select<DisposalMethod> method = new Select<>();
        method.setLabel(t("device.list.decommission.disposal"));
        method.setItems(DisposalMethod.values());
        method.setItemLabelGenerator(m -> m == null ? "" : DeviceLabels.of(this, m));
        method.setId("decommission-disposal");
        TextField by = new TextField(t("device.list.decommission.by"));
        by.setId("decommission-by");
        Button confirm = new Button(t("device.list.decommission.confirm"), click -> {
            bulk(ids -> devices.decommission(selection.practiceId(), ids, method.getValue(), by.getValue()));
            dialog.close();
        });
        confirm.setId("decommission-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.add(new VerticalLayout(method, by));
        dialog.getFooter().add(new Button(t("device.list.decommission.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
