package io.deviceward.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** One class under test; the delegate stands for Spring's issuer decoder and counts what it is asked. */
class VerifiedTokensTest {
    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
    private final MovableClock clock = new MovableClock(NOW);
    private final List<String> decodedByDelegate = new ArrayList<>();

    @Test
    void aTokenIsVerifiedOnceWhileItIsCurrent() {
        JwtDecoder tokens = new VerifiedTokens(delegate(NOW.plus(Duration.ofMinutes(5))), clock);

        Jwt first = tokens.decode("token-a");
        Jwt second = tokens.decode("token-a");

        assertThat(second).isSameAs(first);
        assertThat(decodedByDelegate).containsExactly("token-a");
    }

    @Test
    void anotherTokenIsVerifiedOnItsOwn() {
        JwtDecoder tokens = new VerifiedTokens(delegate(NOW.plus(Duration.ofMinutes(5))), clock);

        tokens.decode("token-a");
        tokens.decode("token-b");

        assertThat(decodedByDelegate).containsExactly("token-a", "token-b");
    }

    @Test
    void anExpiredTokenGoesBackToTheDelegateWhichRefusesIt() {
        Instant expiry = NOW.plus(Duration.ofMinutes(5));
        JwtDecoder delegate = token -> {
            decodedByDelegate.add(token);
            if (!clock.instant().isBefore(expiry)) throw new BadJwtException("expired");
            return jwt(token, expiry);
        };
        JwtDecoder tokens = new VerifiedTokens(delegate, clock);
        tokens.decode("token-a");

        clock.now = expiry;

        assertThatThrownBy(() -> tokens.decode("token-a")).isInstanceOf(BadJwtException.class);
        assertThat(decodedByDelegate).containsExactly("token-a", "token-a");
    }

    @Test
    void aTokenTheDelegateRefusesIsNotKept() {
        JwtDecoder refusing = token -> {
            decodedByDelegate.add(token);
            throw new BadJwtException("bad signature");
        };
        JwtDecoder tokens = new VerifiedTokens(refusing, clock);

        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThat(decodedByDelegate).containsExactly("forged", "forged");
    }

    private JwtDecoder delegate(Instant expiresAt) {
        return token -> {
            decodedByDelegate.add(token);
            return jwt(token, expiresAt);
        };
    }

    private static Jwt jwt(String token, Instant expiresAt) {
        return Jwt.withTokenValue(token)
                .header("alg", "RS256")
                .subject("someone")
                .issuedAt(NOW.minusSeconds(1))
                .expiresAt(expiresAt)
                .build();
    }

    private static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
