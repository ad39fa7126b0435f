package io.deviceward.mfa;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on {@code @Scheduled}, for the step-up failure poll ({@link StepUps#recordFailures()}). */
@Configuration
@EnableScheduling
class MfaScheduling {}
