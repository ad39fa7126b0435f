package io.deviceward.shared.navigation;

import java.util.Optional;
import java.util.UUID;

/**
 * A feature's card on the practice overview. Called while the overview is built, for a practice the user
 * may see; an implementation reads through its feature's guarded service.
 */
public interface OverviewCardContributor {

    /** The card for the practice, or empty when this user has nothing to see here. */
    Optional<OverviewCard> card(UUID practiceId);
}
