package io.deviceward.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deviceward.practice.Practice;
import io.deviceward.practice.PracticeService;
import io.deviceward.shared.InvalidInputException;
import io.deviceward.shared.NotFoundException;
import io.deviceward.support.Fixtures;
import io.deviceward.support.IntegrationTest;
import io.deviceward.support.SignIn;
import java.time.Duration;
import java.time.Instant;
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
        AccessReview review = SignIn.as(manager.getId(), () -> reviews.start(practice.getId()));
        List<AccessReviewItem> items =
                SignIn.as(manager.getId(), () -> reviews.items(practice.getId(), review.getId()));
        assertThat(items)
                .extracting(AccessReviewItem::getEmail)
                .containsExactlyInAnyOrder(manager.getEmail(), staff.getEmail(), auditor.getEmail());
        assertThatThrownBy(() -> SignIn.as(manager.getId(), () -> reviews.start(practice.getId())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("already open");

        SignIn.run(
                manager.getId(),
                () -> reviews.confirm(practice.getId(), item(items, manager).getId()));
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
        assertThat(outcome).allSatisfy(i -> assertThat(i.getDecidedByName()).isEqualTo("Test user " + manager.getId()));
        Integer audited = jdbc.queryForObject(
                "select count(*) from audit_entry where scope_id = ? and object_type like 'Access review%'",
                Integer.class, practice.getId());
        assertThat(audited).isGreaterThanOrEqualTo(1 + 3 + 3 + 1); // started, items, decisions, completion
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

    private static AccessReviewItem item(List<AccessReviewItem> items, AppUser user) {
        return items.stream()
                .filter(i -> i.getEmail().equals(user.getEmail()))
                .findFirst()
                .orElseThrow();
    }
}
