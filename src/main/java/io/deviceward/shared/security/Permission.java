package io.deviceward.shared.security;

/** What a role may do inside one practice. */
public enum Permission {
    /** See the practice's data, its members and its audit trail. */
    VIEW,
    /** Record maintenance work with evidence. */
    RECORD_MAINTENANCE,
    /** Change the practice's data and configuration: devices, segments, settings. */
    EDIT_PRACTICE_DATA,
    /** Invite, change and revoke members; set access and MFA policies. */
    MANAGE_ACCESS
}
