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
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("Members · DeviceWard")
@PermitAll
class MembersView extends VerticalLayout implements BeforeEnterObserver {
    private final MemberDirectory directory;
    private final AccessManagement management;
    private final PracticeAccess access;
    private final CurrentUser currentUser;
    private final PracticeService practices;
    private final Span count = new Span();
    private final GridColumns.Chooser<MemberDirectory.MemberAccess> chooser;
    private DateTimes times = DateTimes.of(ZoneOffset.UTC, Locale.UK);
    private final Grid<MemberDirectory.MemberAccess> grid = new Grid<>();
    private final Button invite = new Button("Invite");
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
        grid.setId("members-grid");
        Grid.Column<MemberDirectory.MemberAccess> name =
                grid.addColumn(m -> m.member().name()).setHeader("Name").setKey("name");
        Grid.Column<MemberDirectory.MemberAccess> email =
                grid.addColumn(m -> m.member().email()).setHeader("Email").setKey("email");
        grid.addColumn(m -> m.member().role().label()).setHeader("Role").setKey("role");
        // Second factors next to the role: what the provider admin comes here for stays in view at 1366 px.
        grid.addColumn(MemberDirectory.MemberAccess::mfaLabel).setHeader("MFA").setKey("mfa");
        Grid.Column<MemberDirectory.MemberAccess> status = grid.addComponentColumn(m -> {
                    Span badge = new Span(m.status().label());
                    badge.getElement()
                            .getThemeList()
                            .add(
                                    switch (m.status()) {
                                        case ACTIVE -> "badge success";
                                        case INVITED -> "badge";
                                        case DISABLED, EXPIRED -> "badge contrast";
                                    });
                    return badge;
                })
                .setHeader("Status")
                .setKey("status");
        Grid.Column<MemberDirectory.MemberAccess> appliesTo = grid.addColumn(
                        m -> m.member().providerWide() ? "All practices" : "This practice")
                .setHeader("Applies to")
                .setKey("appliesTo");
        Grid.Column<MemberDirectory.MemberAccess> ends = grid.addColumn(
                        m -> m.member().expiresAt() == null
                                ? "—"
                                : times.date(AccessEnds.lastDay(m.member().expiresAt())))
                .setHeader("Access ends")
                .setKey("ends");
        Grid.Column<MemberDirectory.MemberAccess> lastSignIn = grid.addColumn(
                        m -> m.member().lastLoginAt() == null
                                ? "Never"
                                : times.dateTime(m.member().lastLoginAt()))
                .setHeader("Last sign-in")
                .setKey("lastSignIn");
        for (Grid.Column<MemberDirectory.MemberAccess> column : grid.getColumns()) {
            column.setAutoWidth(true).setFlexGrow(column == name ? 1 : 0);
        }
        actions = grid.addComponentColumn(this::actionsFor)
                .setHeader("Actions") // a header screen readers can read (axe-core: empty-table-header)
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        chooser = GridColumns.chooser(grid, email, status, appliesTo, ends, lastSignIn);
        grid.setEmptyStateText("No one has access yet — invite the first member.");
        grid.setAllRowsVisible(true);

        invite.setId("invite-member");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClickListener(click -> new InviteDialog(management, practiceId, invitation -> refresh()).open());
        HorizontalLayout header = new HorizontalLayout(new H1("Members"), invite);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        Paragraph policy = new Paragraph("Password rules (set in Keycloak): " + directory.passwordPolicy());
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
        count.setText(GridColumns.count(members.size(), members.size(), false, "member", "members"));
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
        Button role = small("Role", "change-role-" + id, () -> changeRole(member));
        Button expiry = small("Expiry", "set-expiry-" + id, () -> setExpiry(member));
        Button revoke = small("Revoke", "revoke-" + id, () -> confirmRevoke(member));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout buttons = new HorizontalLayout(role, expiry, revoke);
        if (row.status() == MemberDirectory.Status.INVITED) {
            buttons.add(small("Resend", "resend-" + id, () -> resend(member)));
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
        role.setLabel("Role");
        role.setId("change-role-select");
        role.setItems(AccessManagement.PRACTICE_ROLES);
        role.setItemLabelGenerator(Role::label);
        role.setValue(member.role());
        openEditor(
                "Role of " + member.name(),
                role,
                "change-role-save",
                () -> management.changeRole(practiceId, member.membershipId(), role.getValue()));
    }

    private void setExpiry(MemberDirectory.Member member) {
        DatePicker date = new DatePicker("Access ends on");
        date.setId("set-expiry-date");
        date.setMin(LocalDate.now(ZoneOffset.UTC));
        date.setClearButtonVisible(true);
        date.setHelperText(member.role() == Role.AUDITOR ? "Required for auditors" : "Empty: access does not end");
        if (member.expiresAt() != null) {
            date.setValue(AccessEnds.lastDay(member.expiresAt()));
        }
        openEditor(
                "Access of " + member.name(),
                date,
                "set-expiry-save",
                () -> management.setExpiry(practiceId, member.membershipId(), date.getValue()));
    }

    private void openEditor(String title, Component field, String saveId, Runnable save) {
        Dialog dialog = new Dialog(title);
        dialog.add(field);
        Button ok = new Button("Save", click -> {
            try {
                save.run();
                Notifications.success("Saved");
                dialog.close();
                refresh();
            } catch (InvalidInputException e) {
                Notifications.error(e.getMessage());
            }
        });
        ok.setId(saveId);
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), ok);
        dialog.open();
    }

    private void confirmRevoke(MemberDirectory.Member member) {
        ConfirmDialog dialog = new ConfirmDialog(
                "Revoke " + member.name() + "'s access?",
                "They lose access to this practice at their next click, even in an open session.",
                "Revoke",
                confirm -> {
                    AccessManagement.AccountOutcome outcome = management.revoke(practiceId, member.membershipId());
                    Notifications.success("Revoked " + member.name() + "'s access"
                            + switch (outcome) {
                                case DISABLED -> "; their sign-in account is disabled, as they have no access left";
                                case NOT_DISABLED_KEYCLOAK_UNAVAILABLE ->
                                    "; Keycloak did not answer, so their account is still enabled";
                                case KEPT -> "";
                            });
                    refresh();
                },
                "Cancel",
                cancel -> {});
        dialog.setId("revoke-confirm");
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void resend(MemberDirectory.Member member) {
        try {
            AccessManagement.Invitation invitation = management.resendInvitation(practiceId, member.membershipId());
            if (invitation.emailSent())
                Notifications.success("Sent the invitation to " + invitation.email() + " again");
            else Notifications.error(invitation.emailProblem());
        } catch (InvalidInputException | KeycloakUnavailableException e) {
            Notifications.error(e.getMessage());
        }
    }
}
