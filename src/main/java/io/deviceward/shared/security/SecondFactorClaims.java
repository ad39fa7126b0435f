package io.deviceward.shared.security;

import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads whether a Keycloak token proves a second factor: its {@code acr} claim is one of the
 * configured values ("mfa", the realm's level 2 in its {@code acr.loa.map}). Another Keycloak may
 * name its levels differently: {@code deviceward.mfa.acr-values}. See docs/decisions/2026-11-23-mfa-step-up.md.
 */
@Component
public class SecondFactorClaims {
    private final Set<String> secondFactorAcrValues;

    SecondFactorClaims(@Value("${deviceward.mfa.acr-values:mfa}") List<String> secondFactorAcrValues) {
        this.secondFactorAcrValues = Set.copyOf(secondFactorAcrValues);
    }

    public boolean proveSecondFactor(String acr) {
        return acr != null && secondFactorAcrValues.contains(acr);
    }

    /** The value DeviceWard asks Keycloak for when it steps someone up ({@code acr_values}). */
    public String stepUpAcr() {
        return secondFactorAcrValues.iterator().next();
    }
}
