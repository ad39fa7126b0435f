package io.deviceward.device;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import io.deviceward.access.Permission;
import io.deviceward.access.PracticeAccess;
import io.deviceward.shared.ui.RouteIds;
import io.deviceward.shell.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.util.UUID;

/** The practice's device registry: a lazy grid, searchable; editors can add devices. */
@Route(value = "practices/:practiceId/devices", layout = MainLayout.class)
@PageTitle("Devices · DeviceWard")
@PermitAll
public class DeviceListView extends VerticalLayout implements BeforeEnterObserver {
    private final DeviceService devices;
    private final PracticeAccess access;
    private final Grid<Device> grid = new Grid<>(Device.class, false);
    private final TextField search = new TextField();
    private final Button add = new Button("Add device", VaadinIcon.PLUS.create());
    private UUID practiceId;

    DeviceListView(DeviceService devices, PracticeAccess access) {
        this.devices = devices;
        this.access = access;
        setId("device-list");
        setSizeFull();

        search.setPlaceholder("Search name, manufacturer, model, serial, location");
        search.setId("device-search");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("24rem");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add.setId("add-device");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(DeviceFormView.class, DeviceFormView.forNew(practiceId))));

        grid.setId("devices-grid");
        grid.addColumn(Device::getName).setHeader("Name").setKey("name").setSortable(true).setFlexGrow(2);
        grid.addColumn(Device::getCategory).setHeader("Category").setKey("category").setSortable(true);
        grid.addColumn(d -> d.getManufacturer() + " " + d.getModel()).setHeader("Make and model").setKey("manufacturer").setSortable(true);
        grid.addColumn(Device::getSerialNumber).setHeader("Serial number").setKey("serialNumber").setSortable(true);
        grid.addColumn(Device::getLocation).setHeader("Location").setKey("location").setSortable(true);
        grid.addColumn(d -> d.getStatus().label()).setHeader("Status").setKey("status").setSortable(true);
        grid.setItems(query -> devices.list(practiceId, search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) devices.count(practiceId, search.getValue()));
        grid.sort(GridSortOrder.asc(grid.getColumnByKey("name")).build());
        grid.addItemClickListener(click -> getUI().ifPresent(ui ->
                ui.navigate(DeviceFormView.class, DeviceFormView.forDevice(practiceId, click.getItem().getId()))));

        HorizontalLayout toolbar = new HorizontalLayout(search, add);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H1("Devices"), toolbar, grid);
        expand(grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        practiceId = RouteIds.required(event, "practiceId");
        devices.count(practiceId); // checks access before anything renders
        add.setVisible(access.can(practiceId, Permission.EDIT_PRACTICE_DATA));
        grid.getDataProvider().refreshAll();
    }
}
