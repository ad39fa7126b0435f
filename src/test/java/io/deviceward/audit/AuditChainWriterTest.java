package io.deviceward.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditChainWriterTest {
    private final AuditChainWriter writer = new AuditChainWriter("key-one");
    private final UUID scope = UUID.randomUUID();
    private final LocalDateTime at = LocalDateTime.parse("2026-11-23T10:00:00.123456");

    private String hash(String summary, String changes, String prev) {
        return writer.hash(scope, 1, at, null, "sub", "Lena", "UPDATE", "Device", "42", summary, changes, prev);
    }

    @Test
    void theSameEntryHashesTheSame() {
        assertThat(hash("Chair", "{}", AuditChainWriter.GENESIS))
                .isEqualTo(hash("Chair", "{}", AuditChainWriter.GENESIS))
                .hasSize(64);
    }

    @Test
    void anyChangedFieldOrPredecessorChangesTheHash() {
        String original = hash("Chair", "{}", AuditChainWriter.GENESIS);
        assertThat(hash("Chair!", "{}", AuditChainWriter.GENESIS)).isNotEqualTo(original);
        assertThat(hash("Chair", "{\"a\":1}", AuditChainWriter.GENESIS)).isNotEqualTo(original);
        assertThat(hash("Chair", "{}", "1".repeat(64))).isNotEqualTo(original);
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        // "ab" + "c" and "a" + "bc" must not serialise alike.
        assertThat(hash("ab", "c", AuditChainWriter.GENESIS)).isNotEqualTo(hash("a", "bc", AuditChainWriter.GENESIS));
        assertThat(hash(null, "x", AuditChainWriter.GENESIS)).isNotEqualTo(hash("", "x", AuditChainWriter.GENESIS));
    }

    @Test
    void withoutTheKeyTheHashCannotBeRecomputed() {
        AuditChainWriter otherKey = new AuditChainWriter("key-two");
        assertThat(otherKey.hash(
                        scope,
                        1,
                        at,
                        null,
                        "sub",
                        "Lena",
                        "UPDATE",
                        "Device",
                        "42",
                        "Chair",
                        "{}",
                        AuditChainWriter.GENESIS))
                .isNotEqualTo(hash("Chair", "{}", AuditChainWriter.GENESIS));
    }
}
