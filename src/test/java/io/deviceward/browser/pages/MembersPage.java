package io.deviceward.browser.pages;

import io.deviceward.browser.Browser;
import java.util.UUID;
import org.openqa.selenium.By;

/**
 * A practice's members (/practices/{id}/members): who has access, the invite dialog, revoking, and the password
 * rules an invitee's password must meet.
 */
public final class MembersPage extends Page {
    public static final String VIEW = "members";

    private static final String MEMBERS = "members-grid";
    private static final String INVITE = "invite-member";
    private static final String INVITE_EMAIL = "invite-email";
    private static final String INVITE_FIRST_NAME = "invite-first-name";
    private static final String INVITE_LAST_NAME = "invite-last-name";
    private static final String INVITE_ROLE = "invite-role";
    private static final String INVITE_SEND = "invite-send";
    private static final By REVOKE_BUTTONS = By.cssSelector("[id^='revoke-']");
    private static final String PASSWORD_POLICY = "password-policy";

    /** Waits until a members page is shown. */
    public MembersPage(Browser browser) {
        super(browser, VIEW);
    }

    public static String path(UUID practiceId) {
        return practicePath(practiceId, "/members");
    }

    public static MembersPage open(Browser browser, UUID practiceId) {
        browser.open(path(practiceId));
        return new MembersPage(browser);
    }

    /** Waits until the grid shows a cell with exactly this text (an email, a status such as "Invited"). */
    public void waitForMember(String cellText) {
        grid(MEMBERS).waitForCell(cellText);
    }

    public boolean canInvite() {
        return isShown(INVITE);
    }

    /** Whether any member has a revoke button; does not wait. */
    public boolean canRevoke() {
        return browser.isPresent(REVOKE_BUTTONS);
    }

    /** Opens the invite dialog, fills it in (the role by its label) and sends the invitation. */
    public void invite(String email, String firstName, String lastName, String role) {
        click(INVITE);
        type(INVITE_EMAIL, email);
        type(INVITE_FIRST_NAME, firstName);
        type(INVITE_LAST_NAME, lastName);
        browser.chooseInSelect(INVITE_ROLE, role);
        click(INVITE_SEND);
    }

    /** Waits until the invite dialog is closed. */
    public void waitForInviteDialogToClose() {
        browser.waitUntil("the invite dialog to close", d -> !isShown(INVITE_EMAIL));
    }

    /** The rules a password must meet, as the page tells them. */
    public String passwordPolicy() {
        return text(PASSWORD_POLICY);
    }
}
