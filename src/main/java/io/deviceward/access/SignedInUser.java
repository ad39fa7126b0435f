package io.deviceward.access;

import java.util.UUID;

/** What a security principal of DeviceWard knows about its user, without a database look-up. */
public interface SignedInUser {
    UUID appUserId();

    String subject();

    String displayName();
}
