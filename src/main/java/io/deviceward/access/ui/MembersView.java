package io.deviceward.access.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.deviceward.access.AccessManagement;
import io.deviceward.access.CurrentUser;
import io.deviceward.access.KeycloakUnavailableException;
import io.deviceward.access.MemberDirectory;
import io.deviceward.access.PracticeAccess;
import io.deviceward.access.Role;
import io.deviceward.practice.PracticeService;
import io.deviceward.shared.InvalidInputException;
import io.deviceward.shared.security.Permission;
import io.deviceward.shared.text.DateTimes;
import io.deviceward.shared.ui.GridColumns;
import io.deviceward.shared.ui.Notifications;
import io.deviceward.shared.ui.RouteIds;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Who has access to the practice: role, reach, expiry, last sign-in, status and second factors. Those
 * who may manage access invite, change and revoke here; everyone else (auditors too) reads.
 */
@Route("practices/:practiceId/members")
@PermitAll
class MembersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final MemberDirectory directory;
    private final AccessManagement management;
    private final PracticeAccess access;
    private final CurrentUser currentUser;
    private final PracticeService practices;
    private final Span count = new Span();
    private final GridColumns.Chooser<MemberDirectory.MemberAccess> chooser;
    private DateTimes times = DateTimes.of(ZoneOffset.UTC, Locale.UK);
    private final Grid<MemberDirectory.MemberAccess> grid = new Grid<>();
    private final Button invite = new Button();
    private final Grid.Column<MemberDirectory.MemberAccess> actions;
    private UUID practiceId;
    private boolean canManage;

    MembersView(
            MemberDirectory directory,
            AccessManagement management,
            PracticeAccess access,
            CurrentUser currentUser,
            PracticeService practices) {
        this.directory = directory;
        this.practices = practices;
        this.management = management;
        this.access = access;
        this.currentUser = currentUser;
        setId("members");
        invite.setText(t("access.members.invite"));
        grid.setId("members-grid");
        Grid.Column<MemberDirectory.MemberAccess> name = grid.addColumn(
                        m -> m.member().name())
                .setHeader(t("access.members.column.name"))
                .setKey("name");
        Grid.Column<MemberDirectory.MemberAccess> email = grid.addColumn(
                        m -> m.member().email())
                .setHeader(t("access.members.column.email"))
                .setKey("email");
        grid.addColumn(m -> roleLabel(m.member().role()))
                .setHeader(t("access.members.column.role"))
                .setKey("role");
        // Second factors next to the role: what the provider admin comes here for stays in view at 1366 px.
        grid.addColumn(this::factorsLabel)
                .setHeader(t("access.members.column.mfa"))
                .setKey("mfa");
        Grid.Column<MemberDirectory.MemberAccess> status = grid.addComponentColumn(m -> {
                    Span badge = new Span(
                            t("enum.MemberDirectory.Status." + m.status().name()));
                    badge.getElement()
                            .getThemeList()
                            .add("badge"
                                    + switch (m.status()) {
                                        case ACTIVE -> " success";
                                        case INVITED -> "";
                                        case DISABLED, EXPIRED -> " contrast";
                                    });
                    return badge;
                })
                .setHeader(t("access.members.column.status"))
                .setKey("status");
        Grid.Column<MemberDirectory.MemberAccess> appliesTo = grid.addColumn(
                        m -> m.member().providerWide()
                                ? t("access.members.all-practices")
                                : t("access.members.this-practice"))
                .setHeader(t("access.members.column.applies-to"))
                .setKey("appliesTo");
        Grid.Column<MemberDirectory.MemberAccess> ends = grid.addColumn(
                        m -> m.member().expiresAt() == null
                                ? "—"
                                : times.date(AccessEnds.lastDay(m.member().expiresAt())))
                .setHeader(t("access.members.column.ends"))
                .setKey("ends");
        Grid.Column<MemberDirectory.MemberAccess> lastSignIn = grid.addColumn(
                        m -> m.member().lastLoginAt() == null
                                ? t("access.members.never")
                                : times.dateTime(m.member().lastLoginAt()))
                .setHeader(t("access.members.column.last-sign-in"))
                .setKey("lastSignIn");
        for (Grid.Column<MemberDirectory.MemberAccess> column : grid.getColumns()) {
            column.setAutoWidth(true).setFlexGrow(column == name ? 1 : 0);
        }
        actions = grid.addComponentColumn(this::actionsFor)
                .setHeader(t("access.members.column.actions")) // a header screen readers can read (axe-core:
                // empty-table-header)
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        chooser = GridColumns.chooser(grid, email, status, appliesTo, ends, lastSignIn);
        grid.setEmptyStateText(t("access.members.empty"));
        grid.setAllRowsVisible(true);

        invite.setId("invite-member");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClickListener(click -> new InviteDialog(management, practiceId, invitation -> refresh()).open());
        HorizontalLayout header = new HorizontalLayout(new H1(t("access.members.title")), invite);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        Paragraph policy = new Paragraph(t("access.members.password-policy", directory.passwordPolicy()));
        policy.setId("password-policy");
        count.setId("members-count");
        HorizontalLayout aboveGrid = new HorizontalLayout(count, chooser);
        aboveGrid.setAlignItems(FlexComponent.Alignment.BASELINE);
        aboveGrid.setWidthFull();
        aboveGrid.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        add(header, aboveGrid, grid, policy);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        practiceId = RouteIds.required(event, "practiceId");
        ZoneId zone = practices.zone(practiceId); // checks VIEW first: an unknown or foreign practice is "not found"
        times = DateTimes.in(zone);
        refresh();
        canManage = access.can(practiceId, Permission.MANAGE_ACCESS);
        invite.setVisible(canManage);
        actions.setVisible(canManage);
    }

    private void refresh() {
        List<MemberDirectory.MemberAccess> members = directory.withAccounts(practiceId);
        grid.setItems(members);
        count.setText(t("access.members.count", members.size()));
    }

    private Component actionsFor(MemberDirectory.MemberAccess row) {
        MemberDirectory.Member member = row.member();
        boolean own = currentUser
                .find()
                .map(u -> u.appUserId().equals(member.userId()))
                .orElse(false);
        if (!canManage || member.providerWide() || own) {
            return new Span();
        }
        String id = member.membershipId().toString();
        Button role = small(t("access.members.role"), "change-role-" + id, () -> changeRole(member));
        Button expiry = small(t("access.members.expiry"), "set-expiry-" + id, () -> setExpiry(member));
        Button revoke = small(t("access.members.revoke"), "revoke-" + id, () -> confirmRevoke(member));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout buttons = new HorizontalLayout(role, expiry, revoke);
        if (row.status() == MemberDirectory.Status.INVITED) {
            buttons.add(small(t("access.members.resend"), "resend-" + id, () -> resend(member)));
        }
        buttons.setSpacing(false);
        return buttons;
    }

    private static Button small(String text, String id, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void changeRole(MemberDirectory.Member member) {
        Select<Role> role = new Select<>();
        role.setLabel(t("access.members.role"));
        role.setId("change-role-select");
        role.setItems(AccessManagement.PRACTICE_ROLES);
        role.setItemLabelGenerator(this::roleLabel);
        role.setValue(member.role());
        openEditor(
                t("access.members.role.title", member.name()),
                role,
                "change-role-save",
                () -> management.changeRole(practiceId, member.membershipId(), role.getValue()));
    }

    private void setExpiry(MemberDirectory.Member member) {
        DatePicker date = new DatePicker(t("access.members.expiry.date"));
        date.setId("set-expiry-date");
        date.setMin(LocalDate.now(ZoneOffset.UTC));
        date.setClearButtonVisible(true);
        date.setHelperText(
                member.role() == Role.AUDITOR ? t("access.members.expiry.auditor") : t("access.members.expiry.none"));
        if (member.expiresAt() != null) {
            date.setValue(AccessEnds.lastDay(member.expiresAt()));
        }
        openEditor(
                t("access.members.expiry.title", member.name()),
                date,
                "set-expiry-save",
                () -> management.setExpiry(practiceId, member.membershipId(), date.getValue()));
    }

    private void openEditor(String title, Component field, String saveId, Runnable save) {
        Dialog dialog = new Dialog(title);
        dialog.add(field);
        Button ok = new Button(t("access.members.save"), click -> {
            try {
                save.run();
                Notifications.success(t("access.members.saved"));
                dialog.close();
                refresh();
            } catch (InvalidInputException e) {
                Notifications.error(e.getMessage());
            }
        });
        ok.setId(saveId);
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(t("access.members.cancel"), click -> dialog.close()), ok);
        dialog.open();
    }

    private void confirmRevoke(MemberDirectory.Member member) {
        ConfirmDialog dialog = new ConfirmDialog(
                t("access.members.revoke.title", member.name()),
                t("access.members.revoke.text"),
                t("access.members.revoke"),
                confirm -> {
                    AccessManagement.AccountOutcome outcome = management.revoke(practiceId, member.membershipId());
                    Notifications.success(
                            switch (outcome) {
                                case DISABLED -> t("access.members.revoked.disabled", member.name());
                                case NOT_DISABLED_KEYCLOAK_UNAVAILABLE ->
                                    t("access.members.revoked.keycloak-unavailable", member.name());
                                case KEPT -> t("access.members.revoked", member.name());
                            });
                    refresh();
                },
                t("access.members.cancel"),
                cancel -> {});
        dialog.setId("revoke-confirm");
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void resend(MemberDirectory.Member member) {
        try {
            AccessManagement.Invitation invitation = management.resendInvitation(practiceId, member.membershipId());
            if (invitation.emailSent()) Notifications.success(t("access.members.resent", invitation.email()));
            else Notifications.error(invitation.emailProblem());
        } catch (InvalidInputException | KeycloakUnavailableException e) {
            Notifications.error(e.getMessage());
        }
    }

    @Override
    public String getPageTitle() {
        return t("access.members.page-title");
    }

    private String roleLabel(Role role) {
        return t("enum.Role." + role.name());
    }

    /** The member's second factors as the page reads them: unknown, none, or each by name; "(required)" if so. */
    private String factorsLabel(MemberDirectory.MemberAccess row) {
        String factors = SecondFactorTexts.of(this, row.secondFactors());
        return row.mfaRequired() ? t("access.factors.required", factors) : factors;
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
