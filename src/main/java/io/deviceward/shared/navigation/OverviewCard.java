package io.deviceward.shared.navigation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;
import org.jspecify.annotations.Nullable;

/**
 * A counter on the practice overview with a link to the feature's page, and what to say when there is
 * nothing yet.
 *
 * @param id the element id of the number, for tests and anchors
 * @param labelKey the text key of what is counted (the shell translates every key of the card)
 * @param count how many
 * @param link where the card leads
 * @param emptyState shown under the cards when the count is 0; absent when zero is nothing to act on
 * @param order position among the cards, smaller first
 */
public record OverviewCard(
        String id,
        String labelKey,
        long count,
        ViewLink link,
        @Nullable EmptyState emptyState,
        int order) {

    /** A link to a routed view. */
    public record ViewLink(String textKey, Class<? extends Component> view, RouteParameters parameters) {}

    /**
     * What to do first when the feature holds nothing yet: a button (element id {@code actionId}) for the action,
     * which is absent for those who may not act.
     */
    public record EmptyState(
            String id,
            String titleKey,
            String textKey,
            @Nullable ViewLink action,
            String actionId) {}
}
