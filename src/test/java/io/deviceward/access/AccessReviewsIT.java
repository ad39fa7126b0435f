package io.deviceward.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deviceward.practice.Practice;
import io.deviceward.practice.PracticeService;
import io.deviceward.practice.Provider;
import io.deviceward.practice.ProviderRepository;
import io.deviceward.shared.InvalidInputException;
import io.deviceward.shared.NotFoundException;
import io.deviceward.support.Fixtures;
import io.deviceward.support.IntegrationTest;
import io.deviceward.support.SignIn;
import io.deviceward.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class AccessReviewsIT {
    @Autowired
    Fixtures fixtures;

    @Autowired
    AccessReviews reviews;

    @Autowired
    PracticeService practices;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProviderRepository providers;

    @Autowired
    TestClock clock;

    Practice practice;
    AppUser manager;
    AppUser staff;
    AppUser auditor;

    @BeforeEach
    void practiceWithMembers() {
        practice = fixtures.practice(fixtures.provider());
        manager = fixtures.memberOf(practice, Role.PRACTICE_MANAGER);
        staff = fixtures.memberOf(practice, Role.CLINIC_STAFF);
        auditor = fixtures.memberOf(practice, Role.AUDITOR, Instant.now().plus(Duration.ofDays(30)));
    }

    @Test
    void everyMembershipIsConfirmedOrRevokedAndTheOutcomeStaysForAuditors() {
        AppUser colleague = fixtures.memberOf(practice, Role.PRACTICE_MANAGER);
        AccessReview review = SignIn.as(manager.getId(), () -> reviews.start(practice.getId()));
        List<AccessReviewItem> items =
                SignIn.as(manager.getId(), () -> reviews.items(practice.getId(), review.getId()));
        assertThat(items)
                .extracting(AccessReviewItem::getEmail)
                .containsExactlyInAnyOrder(
                        manager.getEmail(), colleague.getEmail(), staff.getEmail(), auditor.getEmail());
        assertThatThrownBy(() -> SignIn.as(manager.getId(), () -> reviews.start(practice.getId())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("already open");

        SignIn.run(
                colleague.getId(),
                () -> reviews.confirm(practice.getId(), item(items, manager).getId()));
        SignIn.run(
                manager.getId(),
                () -> reviews.confirm(practice.getId(), item(items, colleague).getId()));
        SignIn.run(
                manager.getId(),
                () -> reviews.confirm(practice.getId(), item(items, auditor).getId()));
        SignIn.run(
                manager.getId(),
                () -> reviews.revoke(practice.getId(), item(items, staff).getId()));

        // The revoked member is out at once; the review is complete and auditors can read who decided what.
        assertThatThrownBy(() -> SignIn.as(staff.getId(), () -> practices.get(practice.getId())))
                .isInstanceOf(NotFoundException.class);
        List<AccessReview> seenByAuditor = SignIn.as(auditor.getId(), () -> reviews.reviews(practice.getId()));
        assertThat(seenByAuditor)
                .singleElement()
                .satisfies(r -> assertThat(r.isOpen()).isFalse());
        List<AccessReviewItem> outcome =
                SignIn.as(auditor.getId(), () -> reviews.items(practice.getId(), review.getId()));
        assertThat(item(outcome, staff).getDecision()).isEqualTo(AccessReviewItem.Decision.REVOKED);
        assertThat(item(outcome, auditor).getDecision()).isEqualTo(AccessReviewItem.Decision.CONFIRMED);
        assertThat(item(outcome, manager).getDecidedByName()).isEqualTo("Test user " + colleague.getId());
        assertThat(item(outcome, staff).getDecidedByName()).isEqualTo("Test user " + manager.getId());
        Integer audited = jdbc.queryForObject(
                "select count(*) from audit_entry where scope_id = ? and object_type like 'Access review%'",
                Integer.class, practice.getId());
        assertThat(audited).isGreaterThanOrEqualTo(1 + 4 + 4 + 1); // started, items, decisions, completion
    }

    @Test
    void aDecisionIsTakenOnce() {
        AccessReview review = SignIn.as(manager.getId(), () -> reviews.start(practice.getId()));
        UUID staffItem = item(SignIn.as(manager.getId(), () -> reviews.items(practice.getId(), review.getId())), staff)
                .getId();
        SignIn.run(manager.getId(), () -> reviews.confirm(practice.getId(), staffItem));
        assertThatThrownBy(() -> SignIn.run(manager.getId(), () -> reviews.revoke(practice.getId(), staffItem)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("already confirmed");
        assertThat(SignIn.as(
                        staff.getId(), () -> practices.get(practice.getId()).getId()))
                .isEqualTo(practice.getId());
    }

    @Test
    void onlyManagersOfThePracticeReview() {
        assertThatThrownBy(() -> SignIn.as(staff.getId(), () -> reviews.start(practice.getId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignIn.as(auditor.getId(), () -> reviews.start(practice.getId())))
                .isInstanceOf(AccessDeniedException.class);

        AccessReview review = SignIn.as(manager.getId(), () -> reviews.start(practice.getId()));
        UUID staffItem = item(SignIn.as(manager.getId(), () -> reviews.items(practice.getId(), review.getId())), staff)
                .getId();
        Practice other = fixtures.practice(fixtures.provider());
        AppUser otherManager = fixtures.memberOf(other, Role.PRACTICE_MANAGER);
        assertThatThrownBy(() -> SignIn.as(otherManager.getId(), () -> reviews.revoke(practice.getId(), staffItem)))
                .isInstanceOf(NotFoundException.class);
        // The other practice's id with this practice's item: the tenant filter hides the item.
        assertThatThrownBy(() -> SignIn.as(otherManager.getId(), () -> reviews.revoke(other.getId(), staffItem)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignIn.as(otherManager.getId(), () -> reviews.items(other.getId(), review.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThat(SignIn.as(
                        staff.getId(), () -> practices.get(practice.getId()).getId()))
                .isEqualTo(practice.getId());
    }

    @Test
    void nobodyConfirmsTheirOwnAccess() {
        AccessReview review = SignIn.as(manager.getId(), () -> reviews.start(practice.getId()));
        UUID own = item(SignIn.as(manager.getId(), () -> reviews.items(practice.getId(), review.getId())), manager)
                .getId();
        assertThatThrownBy(() -> SignIn.run(manager.getId(), () -> reviews.confirm(practice.getId(), own)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Nobody reviews their own access");
        assertThat(pendingCount(review)).isEqualTo(3);
    }

    @Test
    void providerWideAccessIsReviewedByAnotherProviderAdminNotByTheManager() {
        Provider provider = providers.findById(practice.getProviderId()).orElseThrow();
        AppUser admin = fixtures.adminOf(provider);
        AppUser otherAdmin = fixtures.adminOf(provider);
        AccessReview review = SignIn.as(manager.getId(), () -> reviews.start(practice.getId()));
        List<AccessReviewItem> items =
                SignIn.as(manager.getId(), () -> reviews.items(practice.getId(), review.getId()));
        UUID adminItem = item(items, admin).getId();
        assertThat(item(items, admin).isProviderWide()).isTrue();

        assertThatThrownBy(() -> SignIn.run(manager.getId(), () -> reviews.confirm(practice.getId(), adminItem)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("reviewed at provider level");
        assertThatThrownBy(() -> SignIn.run(admin.getId(), () -> reviews.confirm(practice.getId(), adminItem)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Nobody reviews their own access");
        AccessReviewItem decided = SignIn.as(otherAdmin.getId(), () -> reviews.confirm(practice.getId(), adminItem));
        assertThat(decided.getDecision()).isEqualTo(AccessReviewItem.Decision.CONFIRMED);
    }

    @Test
    void anExpiredMembershipIsNeverConfirmedButRemovedOrRenewed() {
        AppUser lapsed = fixtures.memberOf(practice, Role.AUDITOR, Instant.now().plus(Duration.ofDays(2)));
        AppUser lapsedToo =
                fixtures.memberOf(practice, Role.AUDITOR, Instant.now().plus(Duration.ofDays(2)));
        AccessReview review = SignIn.as(manager.getId(), () -> reviews.start(practice.getId()));
        List<AccessReviewItem> items =
                SignIn.as(manager.getId(), () -> reviews.items(practice.getId(), review.getId()));
        clock.advance(Duration.ofDays(3));
        try {
            UUID lapsedItem = item(items, lapsed).getId();
            assertThatThrownBy(() -> SignIn.run(manager.getId(), () -> reviews.confirm(practice.getId(), lapsedItem)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("expired")
                    .hasMessageContaining("never confirmed");
            LocalDate newExpiry =
                    LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(30);
            AccessReviewItem renewed =
                    SignIn.as(manager.getId(), () -> reviews.renew(practice.getId(), lapsedItem, newExpiry));
            assertThat(renewed.getDecision()).isEqualTo(AccessReviewItem.Decision.RENEWED);
            assertThat(SignIn.as(
                            lapsed.getId(),
                            () -> practices.get(practice.getId()).getId()))
                    .isEqualTo(practice.getId());

            UUID lapsedTooItem = item(items, lapsedToo).getId();
            AccessReviewItem removed =
                    SignIn.as(manager.getId(), () -> reviews.revoke(practice.getId(), lapsedTooItem));
            assertThat(removed.getDecision()).isEqualTo(AccessReviewItem.Decision.REVOKED);

            // Renewing is for expired memberships only: an active one is confirmed.
            UUID staffItem = item(items, staff).getId();
            assertThatThrownBy(() ->
                            SignIn.run(manager.getId(), () -> reviews.renew(practice.getId(), staffItem, newExpiry)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("has not expired");
        } finally {
            clock.reset();
        }
    }

    private long pendingCount(AccessReview review) {
        Long count = jdbc.queryForObject(
                "select count(*) from access_review_item where review_id = ? and decision = 'PENDING'",
                Long.class,
                review.getId().toString());
        return count == null ? 0 : count;
    }

    private static AccessReviewItem item(List<AccessReviewItem> items, AppUser user) {
        return items.stream()
                .filter(i -> i.getEmail().equals(user.getEmail()))
                .findFirst()
                .orElseThrow();
    }
}
