/** Scheduled jobs that run once across replicas: ShedLock on the shared database. */
@NullMarked
package io.deviceward.shared.scheduling;

import org.jspecify.annotations.NullMarked;
