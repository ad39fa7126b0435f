package io.deviceward.access.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.deviceward.access.AccessReview;
import io.deviceward.access.AccessReviewItem;
import io.deviceward.access.AccessReviews;
import io.deviceward.access.PracticeAccess;
import io.deviceward.access.Role;
import io.deviceward.shared.InvalidInputException;
import io.deviceward.shared.security.Permission;
import io.deviceward.shared.tenancy.PracticeZones;
import io.deviceward.shared.text.DateTimes;
import io.deviceward.shared.ui.Notifications;
import io.deviceward.shared.ui.RouteIds;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Access reviews of the practice: start one, decide each membership, and the record of past reviews. */
@Route("practices/:practiceId/access-reviews")
@PermitAll
class AccessReviewsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final AccessReviews accessReviews;
    private final PracticeAccess access;
    private final Grid<AccessReview> reviewGrid = new Grid<>();
    private final Grid<AccessReviewItem> itemGrid = new Grid<>();
    private final H2 itemsHeading = new H2();
    private final Button start = new Button();
    private final Clock clock;
    private final PracticeZones zones;
    private DateTimes times = DateTimes.of(ZoneOffset.UTC, Locale.UK);
    private UUID practiceId;
    private boolean canManage;
    private boolean providerAdmin;

    AccessReviewsView(AccessReviews accessReviews, PracticeAccess access, Clock clock, PracticeZones zones) {
        this.accessReviews = accessReviews;
        this.zones = zones;
        this.access = access;
        this.clock = clock;
        setId("access-reviews");
        start.setText(t("access.reviews.start"));
        start.setId("start-review");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(click -> {
            try {
                AccessReview review = accessReviews.start(practiceId);
                Notifications.success(t("access.reviews.started"));
                refresh(review.getId());
            } catch (InvalidInputException e) {
                Notifications.error(e.getMessage());
            }
        });

        reviewGrid.setId("reviews-grid");
        reviewGrid.addColumn(r -> times.dateTime(r.getStartedAt())).setHeader(t("access.reviews.column.started"));
        reviewGrid.addColumn(AccessReview::getStartedByName).setHeader(t("access.reviews.column.by"));
        reviewGrid
                .addColumn(r -> r.isOpen()
                        ? t("access.reviews.open")
                        : t("access.reviews.completed", times.dateTime(r.getCompletedAt())))
                .setHeader(t("access.reviews.column.status"));
        reviewGrid.setAllRowsVisible(true);
        reviewGrid.addItemClickListener(click -> showItems(click.getItem()));

        itemGrid.setId("review-items-grid");
        itemGrid.addColumn(AccessReviewItem::getUserName).setHeader(t("access.reviews.column.name"));
        itemGrid.addColumn(AccessReviewItem::getEmail).setHeader(t("access.reviews.column.email"));
        itemGrid.addColumn(i -> {
                    String role = t("enum.Role." + i.getRole().name());
                    return i.isProviderWide() ? t("access.reviews.role.provider-wide", role) : role;
                })
                .setHeader(t("access.reviews.column.role"));
        itemGrid.addColumn(i -> i.getExpiresAt() == null ? "" : times.dateTime(i.getExpiresAt()))
                .setHeader(t("access.reviews.column.ends"));
        itemGrid.addComponentColumn(this::decision)
                .setHeader(t("access.reviews.column.decision"))
                .setAutoWidth(true);
        itemGrid.setAllRowsVisible(true);

        add(
                new H1(t("access.reviews.title")),
                new Paragraph(t("access.reviews.intro")),
                start,
                reviewGrid,
                itemsHeading,
                itemGrid);
    }

    private Component decision(AccessReviewItem item) {
        if (!item.isPending()) {
            String by = item.getDecidedByName();
            String at = times.dateTime(item.getDecidedAt());
            return new Span(
                    switch (item.getDecision()) {
                        case CONFIRMED -> t("access.reviews.confirmed", by, at);
                        case RENEWED -> t("access.reviews.renewed", by, at);
                        default -> t("access.reviews.revoked", by, at);
                    });
        }
        boolean expired = item.getExpiresAt() != null && !item.getExpiresAt().isAfter(clock.instant());
        if (!canManage) {
            return new Span(expired ? t("access.reviews.expired") : t("access.reviews.pending"));
        }
        if (expired) {
            return expiredDecision(item);
        }
        Button confirm = new Button(
                t("access.reviews.confirm"),
                click -> decide(() -> accessReviews.confirm(practiceId, item.getId()), item));
        confirm.setId("confirm-" + item.getMembershipId());
        Button revoke = new Button(
                t("access.reviews.revoke"),
                click -> decide(() -> accessReviews.revoke(practiceId, item.getId()), item));
        revoke.setId("revoke-" + item.getMembershipId());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revoke.setVisible(!item.isProviderWide());
        // Provider-wide access is reviewed by (another) provider admin, never by the practice's manager.
        confirm.setVisible(!item.isProviderWide() || providerAdmin);
        return new HorizontalLayout(confirm, revoke);
    }

    /** Expired: never confirmed; removed, or renewed with a new expiry. */
    private Component expiredDecision(AccessReviewItem item) {
        Span expired = new Span(t("access.reviews.expired"));
        expired.getElement().getThemeList().add("badge error");
        if (item.isProviderWide()) {
            return new HorizontalLayout(expired, new Span(t("access.reviews.expired.provider-wide")));
        }
        Button remove = new Button(
                t("access.reviews.remove"),
                click -> decide(() -> accessReviews.revoke(practiceId, item.getId()), item));
        remove.setId("revoke-" + item.getMembershipId());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        DatePicker until = new DatePicker();
        until.setId("renew-until-" + item.getMembershipId());
        until.setPlaceholder(t("access.reviews.new-expiry"));
        until.setMin(LocalDate.ofInstant(clock.instant(), times.zone()).plusDays(1));
        Button renew = new Button(t("access.reviews.renew"), click -> {
            if (until.getValue() == null) {
                Notifications.error(t("access.reviews.choose-expiry"));
                return;
            }
            decide(() -> accessReviews.renew(practiceId, item.getId(), until.getValue()), item);
        });
        renew.setId("renew-" + item.getMembershipId());
        HorizontalLayout layout = new HorizontalLayout(expired, remove, until, renew);
        layout.setAlignItems(Alignment.BASELINE);
        return layout;
    }

    private void decide(Runnable action, AccessReviewItem item) {
        try {
            action.run();
            refresh(item.getReviewId());
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        practiceId = RouteIds.required(event, "practiceId");
        times = DateTimes.in(zones.zone(practiceId));
        canManage = access.can(practiceId, Permission.MANAGE_ACCESS);
        providerAdmin = access.rolesIn(practiceId).contains(Role.PROVIDER_ADMIN);
        start.setVisible(canManage);
        refresh(null);
    }

    private void refresh(UUID selected) {
        List<AccessReview> all = accessReviews.reviews(practiceId);
        reviewGrid.setItems(all);
        all.stream()
                .filter(r -> r.getId().equals(selected))
                .findFirst()
                .or(() -> all.stream().findFirst())
                .ifPresentOrElse(this::showItems, () -> {
                    itemsHeading.setText(t("access.reviews.none"));
                    itemGrid.setVisible(false);
                });
    }

    private void showItems(AccessReview review) {
        String started = times.dateTime(review.getStartedAt());
        itemsHeading.setText(
                review.isOpen()
                        ? t("access.reviews.heading.open", started, review.getStartedByName())
                        : t("access.reviews.heading.completed", started, review.getStartedByName()));
        itemGrid.setVisible(true);
        itemGrid.setItems(accessReviews.items(practiceId, review.getId()));
    }

    @Override
    public String getPageTitle() {
        return t("access.reviews.page-title");
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
