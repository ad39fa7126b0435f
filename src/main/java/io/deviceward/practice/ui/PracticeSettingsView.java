package io.deviceward.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.deviceward.practice.Practice;
import io.deviceward.practice.PracticeDetails;
import io.deviceward.practice.PracticeService;
import io.deviceward.shared.security.Permission;
import io.deviceward.shared.security.PermissionCheck;
import io.deviceward.shared.ui.Notifications;
import io.deviceward.shared.ui.RouteIds;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.UUID;

/** The practice's own details; read-only unless the role may edit practice data. */
@Route("practices/:practiceId/settings")
@PermitAll
class PracticeSettingsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final PracticeService practices;
    private final PermissionCheck access;
    private final BeanValidationBinder<PracticeDetails> binder = new BeanValidationBinder<>(PracticeDetails.class);
    private final Button save = new Button();
    private UUID practiceId;
    private long version;

    PracticeSettingsView(PracticeService practices, PermissionCheck access) {
        this.practices = practices;
        this.access = access;
        setId("practice-settings");
        save.setText(getTranslation("settings.save"));
        TextField name = new TextField(getTranslation("settings.name"));
        name.setId("practice-name");
        TextArea address = new TextArea(getTranslation("settings.address"));
        EmailField email = new EmailField(getTranslation("settings.email"));
        TextField phone = new TextField(getTranslation("settings.phone"));
        ComboBox<String> timeZone = new ComboBox<>(getTranslation("settings.time-zone"));
        timeZone.setId("practice-time-zone");
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        timeZone.setHelperText(getTranslation("settings.time-zone.help"));
        binder.forField(name).bind("name");
        binder.forField(address).bind("address");
        binder.forField(email).bind("contactEmail");
        binder.forField(phone).bind("phone");
        binder.forField(timeZone).bind("timeZone");
        save.setId("save-practice");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        FormLayout form = new FormLayout(name, address, email, phone, timeZone);
        add(new H1(getTranslation("settings.title")), form, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        practiceId = RouteIds.required(event, "practiceId");
        Practice practice = practices.get(practiceId);
        version = practice.getVersion();
        binder.readBean(PracticeDetails.of(practice));
        boolean canEdit = access.can(practiceId, Permission.EDIT_PRACTICE_DATA);
        binder.setReadOnly(!canEdit);
        save.setVisible(canEdit);
    }

    private void save() {
        PracticeDetails details = new PracticeDetails();
        if (binder.writeBeanIfValid(details)) {
            Practice saved = practices.update(practiceId, version, details);
            version = saved.getVersion();
            Notifications.success(getTranslation("settings.saved"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settings.page-title");
    }
}
