package io.deviceward.shared.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.server.VaadinSession;
import java.io.Serializable;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What every list grid shares so it reads at a glance: a column chooser for its lower-priority columns (a menu of
 * checkboxes; the choice is kept for the session, per grid), the match count in words, and its name cell as a
 * real link (click, Enter, middle-click and screen readers treat it as one).
 */
public final class GridColumns {
    private GridColumns() {}

    /**
     * A "Columns" menu with a checkbox per hideable column (labelled by its header). Columns need a key, so the
     * choice can be kept for the session; those in {@code hiddenByDefault} start unticked until the user ticks them.
     */
    @SafeVarargs
    public static <T> Chooser<T> chooser(
            Grid<T> grid, Set<Grid.Column<T>> hiddenByDefault, Grid.Column<T>... hideable) {
        return new Chooser<>(grid, List.of(hideable), hiddenByDefault);
    }

    @SafeVarargs
    public static <T> Chooser<T> chooser(Grid<T> grid, Grid.Column<T>... hideable) {
        return new Chooser<>(grid, List.of(hideable), Set.of());
    }

    /**
     * A link for a row's name cell. It fills the cell so a click anywhere in it follows the link; a modified click
     * or a middle click opens it in a new tab as any link does.
     */
    public static Anchor link(String href, String text) {
        Anchor anchor = new Anchor(href, text);
        anchor.addClassName("dw-row-link");
        anchor.getStyle().set("display", "block").set("font-weight", "500");
        return anchor;
    }

    /**
     * Enter on a focused row follows the row's link (the first one in its cells), as a click on it would; without
     * this, Enter only moves the focus into the cell. Runs in the browser: no round trip, the link does the rest.
     */
    public static void enterOpensRowLink(Grid<?> grid) {
        grid.getElement().executeJs("""
                this.addEventListener('keydown', e => {
                  if (e.key !== 'Enter' || e.altKey || e.shiftKey) return;
                  const path = e.composedPath();
                  if (path[0] && path[0].localName === 'a') return; // the link itself: the browser follows it
                  if (path.some(el => ['input', 'button', 'vaadin-checkbox'].includes(el.localName))) return;
                  const row = path.find(el => el.localName === 'tr' && el.parentElement && el.parentElement.id === 'items');
                  if (!row) return;
                  for (const slot of row.querySelectorAll('slot')) {
                    for (const content of slot.assignedElements()) {
                      const link = content.localName === 'a' ? content : content.querySelector('a[href]');
                      if (link) {
                        e.preventDefault();
                        e.stopPropagation();
                        if (e.ctrlKey || e.metaKey) window.open(link.href, '_blank'); else link.click();
                        return;
                      }
                    }
                  }
                }, true);""");
    }

    /** The column chooser: a small menu bar whose one item opens the checkboxes. */
    public static final class Chooser<T> extends Composite<MenuBar> {
        private static final String SESSION_KEY = "dw.grid-columns.";
        private final Grid<T> grid;
        private final Map<Grid.Column<T>, MenuItem> items = new LinkedHashMap<>();
        private boolean suspended;

        Chooser(Grid<T> grid, List<Grid.Column<T>> hideable, Set<Grid.Column<T>> hiddenByDefault) {
            this.grid = grid;
            MenuBar menu = getContent();
            menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_SMALL);
            MenuItem columns = menu.addItem(getTranslation("grid.columns"));
            columns.addComponentAsFirst(VaadinIcon.GRID_SMALL.create());
            columns.setAriaLabel(getTranslation("grid.columns.aria"));
            SubMenu sub = columns.getSubMenu();
            Set<String> saved = saved();
            for (Grid.Column<T> column : hideable) {
                String key = Objects.requireNonNull(column.getKey(), "a hideable column needs a key");
                MenuItem item = sub.addItem(label(column));
                item.setCheckable(true);
                item.setKeepOpen(true);
                item.setChecked(saved == null ? !hiddenByDefault.contains(column) : !saved.contains(key));
                item.addClickListener(click -> {
                    save();
                    apply();
                });
                items.put(column, item);
            }
            if (grid.getId().isPresent()) {
                menu.setId(grid.getId().get() + "-columns");
            }
            apply();
        }

        /** Whether the user has this column ticked (shown when the grid is not in a compact layout). */
        public boolean isChosen(Grid.Column<T> column) {
            MenuItem item = items.get(column);
            return item == null || item.isChecked();
        }

        /**
         * Stops applying the choice (a compact layout decides the columns itself) or, with {@code false}, applies it
         * again. The menu is hidden meanwhile.
         */
        public void suspend(boolean suspend) {
            this.suspended = suspend;
            setVisible(!suspend);
            if (!suspend) apply();
        }

        /** Shows the ticked columns and hides the others. */
        public void apply() {
            if (suspended) return;
            items.forEach((column, item) -> column.setVisible(item.isChecked()));
        }

        private static String label(Grid.Column<?> column) {
            String header = column.getHeaderText();
            return header == null || header.isBlank() ? String.valueOf(column.getKey()) : header;
        }

        private @Nullable String sessionKey() {
            return grid.getId().map(id -> SESSION_KEY + id).orElse(null);
        }

        @SuppressWarnings("unchecked")
        private @Nullable Set<String> saved() {
            VaadinSession session = VaadinSession.getCurrent();
            String key = sessionKey();
            if (session == null || key == null) return null;
            Object value = session.getAttribute(key);
            return value instanceof Set<?> set ? (Set<String>) set : null;
        }

        private void save() {
            VaadinSession session = VaadinSession.getCurrent();
            String key = sessionKey();
            if (session == null || key == null) return;
            HashSet<String> hidden = new HashSet<>();
            items.forEach((column, item) -> {
                if (!item.isChecked()) hidden.add(column.getKey());
            });
            session.setAttribute(key, (Serializable) hidden);
        }

        /** The hideable columns, in menu order. */
        public Collection<Grid.Column<T>> columns() {
            return items.keySet();
        }
    }
}
