package io.deviceward.shared.security;

/** What a role may do inside one practice. */
public enum Permission {
    /** See the practice's data, its members and its audit trail. */
    VIEW("see the practice"),
    /** Record maintenance work with evidence. */
    RECORD_MAINTENANCE("record maintenance"),
    /** Change the practice's data and configuration: devices, segments, settings. */
    EDIT_PRACTICE_DATA("change the practice's data"),
    /** Invite, change and revoke members; set access and MFA policies. */
    MANAGE_ACCESS("manage access");

    private final String wording;

    Permission(String wording) {
        this.wording = wording;
    }

    /** What it lets a person do, to follow "may" or "refused to" in a sentence. */
    public String wording() {
        return wording;
    }
}
