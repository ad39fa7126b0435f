package io.deviceward.shared.navigation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.deviceward.shared.security.Permission;

/**
 * One item of the side navigation, contributed by the feature that owns the page.
 *
 * @param scope whether the page lives in a practice or a provider
 * @param labelKey the text key of what the item says (the shell translates it)
 * @param icon its icon
 * @param view the routed view; its route takes the scope's id parameter and nothing else required
 * @param shownWith the permission the user needs in the practice (or, for provider pages, on the provider)
 *     for the item to appear; the view and its service check again, so hiding is a courtesy, not the guard
 * @param order position among the scope's items, smaller first
 */
public record NavigationEntry(
        NavigationScope scope,
        String labelKey,
        VaadinIcon icon,
        Class<? extends Component> view,
        Permission shownWith,
        int order) {}
