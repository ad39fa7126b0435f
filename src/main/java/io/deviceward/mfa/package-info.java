/** MFA policies per practice and provider, their enforcement on every call, and the step-up. */
@NullMarked
package io.deviceward.mfa;

import org.jspecify.annotations.NullMarked;
