package io.deviceward.device.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.VaadinSession;
import io.deviceward.device.DeviceRow;
import java.io.Serializable;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * The device grid's "Columns" chooser: a button whose menu has a checkbox per lower-priority column; the choice is
 * kept for the session, as {@code GridColumns.Chooser} keeps it for the other grids. Unlike that menu bar, the menu
 * items are built when the menu first opens: a list opened to look something up never builds them, and each open
 * UI kept a component, a text node and a listener per column for nothing (issue #14).
 */
final class DeviceColumnChooser extends Composite<Button> {
    private static final String SESSION_KEY = "dw.grid-columns.devices-grid";
    private final List<Grid.Column<DeviceRow>> hideable;
    private final Set<String> hidden = new HashSet<>();
    private final LazyMenu menu = new LazyMenu();
    private boolean suspended;

    DeviceColumnChooser(
            Grid<DeviceRow> grid, Set<Grid.Column<DeviceRow>> hiddenByDefault, List<Grid.Column<DeviceRow>> hideable) {
        this.hideable = List.copyOf(hideable);
        Set<String> saved = saved();
        for (Grid.Column<DeviceRow> column : hideable) {
            String key = Objects.requireNonNull(column.getKey()); // the choice is kept by column key
            if (saved == null ? hiddenByDefault.contains(column) : saved.contains(key)) hidden.add(key);
        }
        Button button = getContent();
        button.setText(getTranslation("grid.columns"));
        button.setIcon(VaadinIcon.GRID_SMALL.create());
        button.setAriaLabel(getTranslation("grid.columns.aria"));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("aria-haspopup", "menu");
        grid.getId().ifPresent(id -> button.setId(id + "-columns"));
        menu.setTarget(button);
        menu.setOpenOnClick(true);
        apply();
    }

    /** Whether the user has this column ticked (shown when the grid is not in a compact layout). */
    boolean isChosen(Grid.Column<DeviceRow> column) {
        return !hidden.contains(column.getKey());
    }

    /**
     * Stops applying the choice (a compact layout decides the columns itself) or, with {@code false}, applies it
     * again. The button is hidden meanwhile.
     */
    void suspend(boolean suspend) {
        this.suspended = suspend;
        setVisible(!suspend);
        if (!suspend) apply();
    }

    /** Shows the ticked columns and hides the others. */
    void apply() {
        if (suspended) return;
        for (Grid.Column<DeviceRow> column : hideable) column.setVisible(isChosen(column));
    }

    /** The hideable columns, in menu order. */
    Collection<Grid.Column<DeviceRow>> columns() {
        return hideable;
    }

    /** The menu, its items built (as they are before it first opens in the browser). */
    ContextMenu menu() {
        menu.build();
        return menu;
    }

    private void toggle(Grid.Column<DeviceRow> column, boolean chosen) {
        if (chosen) hidden.remove(column.getKey());
        else hidden.add(column.getKey());
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) session.setAttribute(SESSION_KEY, (Serializable) new HashSet<>(hidden));
        apply();
    }

    @SuppressWarnings("unchecked")
    private static @Nullable Set<String> saved() {
        VaadinSession session = VaadinSession.getCurrent();
        Object value = session == null ? null : session.getAttribute(SESSION_KEY);
        return value instanceof Set<?> set ? (Set<String>) set : null;
    }

    /** A context menu that adds its checkboxes on the server just before it first opens (one round trip). */
    private final class LazyMenu extends ContextMenu {
        private boolean built;

        void build() {
            if (built) return;
            built = true;
            for (Grid.Column<DeviceRow> column : hideable) {
                String header = column.getHeaderText();
                MenuItem item = addItem(header == null || header.isBlank() ? column.getKey() : header);
                item.setCheckable(true);
                item.setKeepOpen(true);
                item.setChecked(isChosen(column));
                item.addClickListener(click -> toggle(column, item.isChecked()));
            }
        }

        @Override
        protected boolean onBeforeOpenMenu(ObjectNode eventDetail) {
            build();
            return super.onBeforeOpenMenu(eventDetail);
        }
    }
}
