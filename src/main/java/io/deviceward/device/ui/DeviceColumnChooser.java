package io.deviceward.device.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.VaadinSession;
import io.deviceward.device.DeviceRow;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * The device grid's "Columns" chooser: a button whose menu has a checkbox per lower-priority column; the choice is
 * kept for the session, as {@code GridColumns.Chooser} keeps it for the other grids. Unlike that menu bar, the menu
 * items are built when the menu first opens: a list opened to look something up never builds them, and each open
 * UI kept a component, a text node and a listener per column for nothing (issue #14). Likewise a column hidden by
 * default is only added to the grid when it is first ticked: a hidden column still cost each open UI its element,
 * header cell, renderer and six listeners.
 */
final class DeviceColumnChooser extends Composite<Button> {
    private static final String SESSION_KEY = "dw.grid-columns.devices-grid";
    /**
     * A column the user may hide: its key and header, and how to get it (an existing column, or one added to the grid
     * when first shown). Serializable, as the session keeps the view.
     */
    record Hideable(String key, String header, SerializableSupplier<Grid.Column<DeviceRow>> column) {}

    private final Grid<DeviceRow> grid;
    private final List<Hideable> hideable;
    private final Runnable reorder;
    private final Set<String> hidden = new HashSet<>();
    private final LazyMenu menu = new LazyMenu();
    private boolean suspended;

    /**
     * The hideable columns in menu order; those of {@code hiddenByDefault} (keys) start hidden unless the session says
     * otherwise. {@code reorder} puts the grid's columns back in their order after one was added late.
     */
    DeviceColumnChooser(Grid<DeviceRow> grid, Set<String> hiddenByDefault, List<Hideable> hideable, Runnable reorder) {
        this.grid = grid;
        this.hideable = List.copyOf(hideable);
        this.reorder = reorder;
        Set<String> saved = saved();
        for (Hideable column : hideable) {
            String key = column.key(); // the choice is kept by column key
            if (saved == null ? hiddenByDefault.contains(key) : saved.contains(key)) hidden.add(key);
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
    boolean isChosen(String key) {
        return !hidden.contains(key);
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

    /** Shows the ticked columns (adding those not in the grid yet) and hides the others. */
    void apply() {
        if (suspended) return;
        boolean added = false;
        for (Hideable column : hideable) {
            Grid.Column<DeviceRow> existing = grid.getColumnByKey(column.key());
            if (isChosen(column.key())) {
                if (existing == null) added = true;
                column.column().get().setVisible(true);
            } else if (existing != null) {
                existing.setVisible(false);
            }
        }
        if (added) reorder.run();
    }

    /** Whether the column of this key is one the user chooses (the others are always shown). */
    boolean isHideable(String key) {
        return hideable.stream().anyMatch(column -> column.key().equals(key));
    }

    /** The menu, its items built (as they are before it first opens in the browser). */
    ContextMenu menu() {
        menu.build();
        return menu;
    }

    private void toggle(Hideable column, boolean chosen) {
        if (chosen) hidden.remove(column.key());
        else hidden.add(column.key());
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
            for (Hideable column : hideable) {
                MenuItem item = addItem(column.header());
                item.setCheckable(true);
                item.setKeepOpen(true);
                item.setChecked(isChosen(column.key()));
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
