package io.deviceward.access;

import io.deviceward.practice.Practice;
import io.deviceward.practice.PracticeRepository;
import io.deviceward.shared.InvalidInputException;
import io.deviceward.shared.NotFoundException;
import io.deviceward.shared.security.CanManageAccess;
import io.deviceward.shared.security.CanViewPractice;
import io.deviceward.shared.tenancy.PracticeScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Access reviews: a manager starts one, every membership of the practice at that moment must be
 * confirmed or revoked, and the outcome (who decided what, when) stays for auditors. Revoking goes
 * through {@link AccessManagement}, so it has the same rules and effects as revoking from the
 * members page.
 */
@Service
@PracticeScoped
public class AccessReviews {
    private final AccessReviewRepository reviews;
    private final AccessReviewItemRepository items;
    private final MembershipRepository memberships;
    private final AppUserRepository users;
    private final PracticeRepository practices;
    private final AccessManagement accessManagement;
    private final CurrentUser currentUser;
    private final PracticeAccess practiceAccess;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AccessReviews(
            AccessReviewRepository reviews,
            AccessReviewItemRepository items,
            MembershipRepository memberships,
            AppUserRepository users,
            PracticeRepository practices,
            AccessManagement accessManagement,
            CurrentUser currentUser,
            PracticeAccess practiceAccess,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.reviews = reviews;
        this.items = items;
        this.memberships = memberships;
        this.users = users;
        this.practices = practices;
        this.accessManagement = accessManagement;
        this.currentUser = currentUser;
        this.practiceAccess = practiceAccess;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @CanViewPractice
    @Transactional(readOnly = true)
    public List<AccessReview> reviews(UUID practiceId) {
        return reviews.findAllByOrderByStartedAtDesc();
    }

    @CanViewPractice
    @Transactional(readOnly = true)
    public List<AccessReviewItem> items(UUID practiceId, UUID reviewId) {
        review(reviewId);
        return items.findByReviewIdOrderByUserName(reviewId);
    }

    /** Starts a review of everyone with access to the practice now; one open review at a time. */
    @CanManageAccess
    @Transactional
    public AccessReview start(UUID practiceId) {
        if (reviews.existsByCompletedAtIsNull()) {
            throw new InvalidInputException("review", "A review of this practice is already open: finish it first");
        }
        Practice practice = practices.findById(practiceId).orElseThrow(() -> new NotFoundException("Practice"));
        SignedInUser reviewer = currentUser.require();
        AccessReview review =
                reviews.save(new AccessReview(clock.instant(), reviewer.appUserId(), reviewer.displayName()));
        List<Membership> granting = memberships.findAllIn(practiceId, practice.getProviderId());
        Map<UUID, AppUser> byId = users
                .findAllById(granting.stream().map(Membership::getUserId).toList())
                .stream()
                .collect(Collectors.toMap(AppUser::getId, Function.identity()));
        for (Membership membership : granting) {
            items.save(new AccessReviewItem(review.getId(), membership, byId.get(membership.getUserId())));
        }
        return review;
    }

    @CanManageAccess
    @Transactional
    public AccessReviewItem confirm(UUID practiceId, UUID itemId) {
        AccessReviewItem item = pendingItem(itemId);
        Membership membership = reviewableMembership(practiceId, item);
        if (!membership.isActiveAt(clock.instant())) {
            throw new InvalidInputException(
                    "decision",
                    "This membership has expired: remove it, or renew it with a new expiry. An expired membership"
                            + " is never confirmed");
        }
        item.decide(
                AccessReviewItem.Decision.CONFIRMED,
                clock.instant(),
                currentUser.require().displayName());
        completeIfDecided(item.getReviewId());
        return item;
    }

    /**
     * An expired membership stays (the person needs it again): it gets a new expiry, as on the members page, and
     * the review records it as renewed, not confirmed.
     */
    @CanManageAccess
    public AccessReviewItem renew(UUID practiceId, UUID itemId, LocalDate expiresOn) {
        AccessReviewItem item = transaction.execute(status -> pendingItem(itemId));
        Membership membership = transaction.execute(status -> reviewableMembership(practiceId, item));
        if (item.isProviderWide()) {
            throw new InvalidInputException("decision", "Provider-wide access is renewed on the provider");
        }
        if (membership.isActiveAt(clock.instant())) {
            throw new InvalidInputException(
                    "decision",
                    "This membership has not expired: confirm it, or change its expiry on the members page");
        }
        accessManagement.setExpiry(practiceId, membership.getId(), expiresOn);
        return transaction.execute(status -> {
            AccessReviewItem current = pendingItem(itemId);
            current.decide(
                    AccessReviewItem.Decision.RENEWED,
                    clock.instant(),
                    currentUser.require().displayName());
            completeIfDecided(current.getReviewId());
            return current;
        });
    }

    /**
     * Segregation of duties: nobody decides on their own access, and provider-wide access (a provider admin's,
     * say) is decided only by another provider admin, never by the practice's manager.
     */
    private Membership reviewableMembership(UUID practiceId, AccessReviewItem item) {
        Membership membership = memberships
                .findById(item.getMembershipId())
                .orElseThrow(() -> new InvalidInputException(
                        "decision", "This membership no longer exists: revoke it to close the item"));
        if (membership.getUserId().equals(currentUser.require().appUserId())) {
            throw new InvalidInputException(
                    "decision",
                    "Nobody reviews their own access: another practice manager or the provider admin decides on it");
        }
        if (item.isProviderWide() && !practiceAccess.rolesIn(practiceId).contains(Role.PROVIDER_ADMIN)) {
            throw new InvalidInputException(
                    "decision", "Provider-wide access is reviewed at provider level, by another provider admin");
        }
        return membership;
    }

    /** Revokes the membership (as the members page would) and records the decision. */
    @CanManageAccess
    public AccessReviewItem revoke(UUID practiceId, UUID itemId) {
        AccessReviewItem item = transaction.execute(status -> pendingItem(itemId));
        if (item.isProviderWide()) {
            throw new InvalidInputException(
                    "decision",
                    "Provider-wide access is revoked on the provider; confirm it here or ask the provider admin");
        }
        if (memberships.existsById(item.getMembershipId())) {
            accessManagement.revoke(practiceId, item.getMembershipId());
        }
        return transaction.execute(status -> {
            AccessReviewItem current = pendingItem(itemId);
            current.decide(
                    AccessReviewItem.Decision.REVOKED,
                    clock.instant(),
                    currentUser.require().displayName());
            completeIfDecided(current.getReviewId());
            return current;
        });
    }

    private void completeIfDecided(UUID reviewId) {
        items.flush();
        if (items.countByReviewIdAndDecision(reviewId, AccessReviewItem.Decision.PENDING) == 0) {
            review(reviewId).complete(clock.instant());
        }
    }

    private AccessReview review(UUID reviewId) {
        return reviews.findById(reviewId).orElseThrow(() -> new NotFoundException("Access review"));
    }

    private AccessReviewItem pendingItem(UUID itemId) {
        AccessReviewItem item = items.findById(itemId).orElseThrow(() -> new NotFoundException("Access review item"));
        if (!item.isPending()) {
            throw new InvalidInputException(
                    "decision",
                    "This membership was already " + item.getDecision().name().toLowerCase() + " by "
                            + item.getDecidedByName());
        }
        return item;
    }
}
