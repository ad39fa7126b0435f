package io.deviceward.mfa;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on {@code @Scheduled}, for the step-up failure poll ({@link StepUps#recordFailures()}), which runs under
 * a ShedLock lock (see io.deviceward.shared.scheduling): several replicas never record a failure twice.
 */
@Configuration
@EnableScheduling
class MfaScheduling {}
