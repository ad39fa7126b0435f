package io.deviceward.audit;

/** Resolves the actor of the current call; implemented where users live, so audit depends on no feature. */
public interface AuditActorResolver {
    AuditActor currentActor();
}
