package io.deviceward.shared.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * A {@link JwtDecoder} that keeps the tokens it has verified until they expire, so an API client calling many
 * times with one bearer token is parsed, signature-checked and validated (issuer, audience, times) once, not on
 * every call: in the load profile that work was about a quarter of each request (docs/benchmarks). A kept token is
 * given out only while it is unexpired by the clock, without the validator's minute of leeway, so caching never
 * accepts a token the delegate would refuse for its age. Nothing else about a token can change: it is signed.
 * Access is not part of this: memberships are read per request.
 */
public final class VerifiedTokens implements JwtDecoder {
    static final int MAXIMUM_TOKENS = 10_000;
    private final JwtDecoder delegate;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    public VerifiedTokens(JwtDecoder delegate, Clock clock) {
        this.delegate = delegate;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(MAXIMUM_TOKENS)
                .expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> lifeOf(jwt)))
                .build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.getIfPresent(token);
        if (known != null && isCurrent(known)) {
            return known;
        }
        Jwt jwt = delegate.decode(token);
        if (jwt.getExpiresAt() != null) {
            verified.put(token, jwt);
        }
        return jwt;
    }

    private boolean isCurrent(Jwt jwt) {
        Instant now = clock.instant();
        @Nullable Instant notBefore = jwt.getNotBefore();
        @Nullable Instant expiresAt = jwt.getExpiresAt();
        return expiresAt != null && now.isBefore(expiresAt) && (notBefore == null || !now.isBefore(notBefore));
    }

    private Duration lifeOf(Jwt jwt) {
        @Nullable Instant expiresAt = jwt.getExpiresAt();
        if (expiresAt == null) return Duration.ZERO;
        Duration left = Duration.between(clock.instant(), expiresAt);
        return left.isNegative() ? Duration.ZERO : left;
    }
}
