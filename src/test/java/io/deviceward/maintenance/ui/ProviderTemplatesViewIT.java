package io.deviceward.maintenance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import io.deviceward.access.AppUser;
import io.deviceward.maintenance.MaintenanceTemplate;
import io.deviceward.practice.Provider;
import io.deviceward.support.BrowserlessSignIn;
import io.deviceward.support.Fixtures;
import io.deviceward.support.IntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The provider admin adapts a starter template on the page; a limit that cannot be met is shown on its field. */
@IntegrationTest
class ProviderTemplatesViewIT extends SpringBrowserlessTest {
    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    Provider provider;

    @BeforeEach
    void providerAdminSignedIn() {
        provider = fixtures.provider();
        AppUser admin = fixtures.adminOf(provider);
        BrowserlessSignIn.as(admin.getId());
        UI.getCurrent().setLocale(Locale.UK);
    }

    @AfterEach
    void signOut() {
        BrowserlessSignIn.clear();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdaptedTemplateJoinsTheListWithItsLimits() {
        navigate("providers/" + provider.getId() + "/maintenance/templates", ProviderTemplatesView.class);
        Grid<MaintenanceTemplate> grid = $(Grid.class).id("templates-grid");
        int starters = test(grid).size();
        assertThat(starters).isPositive();
        int row = rowOf(grid, "Bowie-Dick / Helix steam-penetration test");
        assertThat(test(grid).getCellText(row, 2)).contains("Temperature 134–137 °C");

        test((Button) test(grid).getCellComponent(row, "action")).click();
        test($(TextField.class).id("adapted-name")).setValue("Helix test, our Melag");
        test($(BigDecimalField.class).id("max-temperature")).setValue(new BigDecimal("136"));
        test($(Button.class).id("save-adapted")).click();

        assertThat(test(grid).size()).isEqualTo(starters + 1);
        int mine = rowOf(grid, "Helix test, our Melag");
        assertThat(test(grid).getCellText(mine, 1)).isEqualTo("your version");
        assertThat(test(grid).getCellText(mine, 2)).contains("Temperature 134–136 °C");
    }

    @Test
    @SuppressWarnings("unchecked")
    void limitsThatCannotBeMetAreShownOnTheFieldAndNothingIsSaved() {
        navigate("providers/" + provider.getId() + "/maintenance/templates", ProviderTemplatesView.class);
        Grid<MaintenanceTemplate> grid = $(Grid.class).id("templates-grid");
        int row = rowOf(grid, "Bowie-Dick / Helix steam-penetration test");
        test((Button) test(grid).getCellComponent(row, "action")).click();
        test($(BigDecimalField.class).id("min-temperature")).setValue(new BigDecimal("140"));
        test($(Button.class).id("save-adapted")).click();

        BigDecimalField min = $(BigDecimalField.class).id("min-temperature");
        assertThat(min.isInvalid()).isTrue();
        assertThat(min.getErrorMessage()).contains("is above the highest");
        assertThat(jdbc.queryForObject(
                        "select count(*) from maintenance_template where provider_id = ?",
                        Long.class,
                        provider.getId().toString()))
                .isZero();
    }

    private int rowOf(Grid<MaintenanceTemplate> grid, String name) {
        List<MaintenanceTemplate> items = grid.getGenericDataView().getItems().toList();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).getName().equals(name)) return i;
        }
        throw new AssertionError("no template " + name);
    }
}
