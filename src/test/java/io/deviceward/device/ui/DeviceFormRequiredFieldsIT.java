package io.deviceward.device.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.deviceward.access.AppUser;
import io.deviceward.access.Role;
import io.deviceward.practice.Practice;
import io.deviceward.support.BrowserlessSignIn;
import io.deviceward.support.Fixtures;
import io.deviceward.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The device form marks what a person must fill in — name, category, manufacturer, model — and not the
 * selects that always hold a value (status, patient data, the posture answers): a mark there says nothing,
 * and on a select it becomes an aria-required that assistive technology may not be given (axe-core: critical).
 */
@IntegrationTest
class DeviceFormRequiredFieldsIT extends SpringBrowserlessTest {
    @Autowired
    Fixtures fixtures;

    @AfterEach
    void signOut() {
        BrowserlessSignIn.clear();
    }

    @Test
    void onlyTheFieldsToFillInAreMarkedRequired() {
        Practice practice = fixtures.practice(fixtures.provider());
        AppUser manager = fixtures.memberOf(practice, Role.PRACTICE_MANAGER);
        BrowserlessSignIn.as(manager.getId());
        navigate("practices/" + practice.getId() + "/devices/new", DeviceFormView.class);

        List<HasValue<?, ?>> mustFillIn = List.of(
                $(TextField.class).id("device-name"),
                $(ComboBox.class).id("device-category"),
                $(TextField.class).id("device-manufacturer"),
                $(TextField.class).id("device-model"));
        assertThat(mustFillIn).allMatch(HasValue::isRequiredIndicatorVisible);

        List<HasValue<?, ?>> defaulted = List.of(
                $(Select.class).id("device-status"),
                $(Select.class).id("device-patient-data"),
                $(Select.class).id("posture-firewall"));
        assertThat(defaulted).noneMatch(HasValue::isRequiredIndicatorVisible);
        assertThat(defaulted).allMatch(select -> select.getValue() != null);
        assertThat($(TextField.class).id("device-serial").isRequiredIndicatorVisible())
                .isFalse();
    }
}
