package io.deviceward.device.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.deviceward.access.PracticeAccess;
import io.deviceward.access.Role;
import io.deviceward.device.DeviceCategories;
import io.deviceward.device.DeviceCategory;
import io.deviceward.shared.InvalidInputException;
import io.deviceward.shared.ui.Notifications;
import io.deviceward.shared.ui.RouteIds;
import jakarta.annotation.security.PermitAll;
import java.util.UUID;

/** A provider's device categories: the standard ones and its own, which its admins add. */
@Route("providers/:providerId/device-categories")
@PermitAll
class DeviceCategoriesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final DeviceCategories categories;
    private final PracticeAccess access;
    private final Grid<DeviceCategory> grid = new Grid<>();
    private final TextField label = new TextField();
    private final HorizontalLayout addBar;
    private UUID providerId;

    DeviceCategoriesView(DeviceCategories categories, PracticeAccess access) {
        this.categories = categories;
        this.access = access;
        setId("device-categories");
        grid.setId("categories-grid");
        grid.addColumn(DeviceCategory::getLabel)
                .setHeader(t("device.categories.column.category"))
                .setFlexGrow(3);
        grid.addColumn(c -> c.isStandard() ? t("device.categories.standard") : t("device.categories.own"))
                .setHeader(t("device.categories.column.kind"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        label.setLabel(t("device.categories.new"));
        label.setId("category-label");
        label.setMaxLength(100);
        label.setWidth("24em");
        label.setPlaceholder(t("device.categories.new.placeholder"));
        Button add = new Button(t("device.categories.add"), click -> add());
        add.setId("category-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addBar = new HorizontalLayout(label, add);
        addBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H1(t("device.categories.heading")), new Paragraph(t("device.categories.intro")), addBar, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        providerId = RouteIds.required(event, "providerId");
        grid.setItems(categories.forProvider(providerId));
        addBar.setVisible(access.providerRoles(providerId).contains(Role.PROVIDER_ADMIN));
    }

    private void add() {
        try {
            DeviceCategory added = categories.add(providerId, label.getValue());
            grid.setItems(categories.forProvider(providerId));
            label.clear();
            label.setInvalid(false);
            Notifications.success(t("device.categories.added", added.getLabel()));
        } catch (InvalidInputException e) {
            label.setErrorMessage(e.getMessage());
            label.setInvalid(true);
        }
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }

    @Override
    public String getPageTitle() {
        return t("device.categories.title");
    }
}
