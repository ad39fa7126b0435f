package io.deviceward.mfa;

import io.deviceward.access.Role;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.Set;

/** An MFA policy as a form edits it; the same rules hold for the service. */
public class MfaPolicySettings {
    /** The rules across fields, also shown by the form beside its fields. */
    public static final String ROLES_RULE = "Choose at least one role that must use a second factor";

    public static final String METHOD_RULE = "Allow at least one kind of second factor";

    @NotNull(message = "Choose who must use a second factor")
    private MfaMode mode = MfaMode.OFF;

    private Set<Role> requiredRoles = EnumSet.noneOf(Role.class);
    private boolean allowOtp = true;
    private boolean allowPasskey = true;

    @Min(value = 0, message = "The grace period cannot be negative")
    @Max(value = 90, message = "The grace period is at most 90 days")
    private int graceDays = 14;

    public MfaPolicySettings() {}

    public MfaPolicySettings(
            MfaMode mode, Set<Role> requiredRoles, boolean allowOtp, boolean allowPasskey, int graceDays) {
        this.mode = mode;
        setRequiredRoles(requiredRoles);
        this.allowOtp = allowOtp;
        this.allowPasskey = allowPasskey;
        this.graceDays = graceDays;
    }

    public static MfaPolicySettings off() {
        return new MfaPolicySettings();
    }

    @AssertTrue(message = ROLES_RULE)
    public boolean isRolesChosen() {
        return mode != MfaMode.ROLES || !requiredRoles.isEmpty();
    }

    @AssertTrue(message = METHOD_RULE)
    public boolean isMethodAllowed() {
        return allowOtp || allowPasskey;
    }

    /** Whether the policy asks a second factor of someone holding this role. */
    public boolean requires(Role role) {
        return mode == MfaMode.EVERYONE || (mode == MfaMode.ROLES && requiredRoles.contains(role));
    }

    public MfaMode getMode() {
        return mode;
    }

    public void setMode(MfaMode mode) {
        this.mode = mode;
    }

    public Set<Role> getRequiredRoles() {
        return requiredRoles;
    }

    public void setRequiredRoles(Set<Role> roles) {
        this.requiredRoles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean isAllowOtp() {
        return allowOtp;
    }

    public void setAllowOtp(boolean allowOtp) {
        this.allowOtp = allowOtp;
    }

    public boolean isAllowPasskey() {
        return allowPasskey;
    }

    public void setAllowPasskey(boolean allowPasskey) {
        this.allowPasskey = allowPasskey;
    }

    public int getGraceDays() {
        return graceDays;
    }

    public void setGraceDays(int graceDays) {
        this.graceDays = graceDays;
    }
}
