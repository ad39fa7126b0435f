package io.deviceward.mfa;

import io.deviceward.access.SecondFactor;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * The policy that holds in a practice now: its own, else its provider's default, else none (off).
 *
 * @param requiredSince when it started to require what it does (the grace period counts from here)
 */
public record EffectiveMfaPolicy(Source source, MfaPolicySettings settings, Instant requiredSince) {
    public enum Source {
        PRACTICE("Set for this practice"),
        PROVIDER_DEFAULT("The provider's default"),
        NONE("No policy: off");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    static EffectiveMfaPolicy none() {
        return new EffectiveMfaPolicy(Source.NONE, MfaPolicySettings.off(), Instant.EPOCH);
    }

    public Set<SecondFactor> allowedFactors() {
        Set<SecondFactor> allowed = EnumSet.noneOf(SecondFactor.class);
        if (settings.isAllowOtp()) allowed.add(SecondFactor.OTP);
        if (settings.isAllowPasskey()) allowed.add(SecondFactor.PASSKEY);
        return allowed;
    }
}
