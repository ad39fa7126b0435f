package io.deviceward.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditCheckpointTest {
    private final AuditChainWriter writer = new AuditChainWriter("key-one");

    @Test
    void aCheckpointReadsBackFromItsLine() {
        UUID scope = UUID.randomUUID();
        Instant at = Instant.parse("2026-12-01T10:15:30.123Z");
        String hash = "a".repeat(64);
        AuditCheckpoint written =
                new AuditCheckpoint(scope, 42, hash, at, writer.signCheckpoint(scope, 42, hash, at.toString()));

        assertThat(AuditCheckpoint.parse(written.toJson())).contains(written);
        assertThat(AuditCheckpoint.parse(written.toJson().substring(0, 40))).isEmpty();
        assertThat(AuditCheckpoint.parse("not a checkpoint")).isEmpty();
    }

    @Test
    void theSignatureCoversEveryFieldAndNeedsTheKey() {
        UUID scope = UUID.randomUUID();
        String hash = "b".repeat(64);
        String signature = writer.signCheckpoint(scope, 7, hash, "2026-12-01T10:00:00Z");
        assertThat(writer.signCheckpoint(scope, 8, hash, "2026-12-01T10:00:00Z"))
                .isNotEqualTo(signature);
        assertThat(writer.signCheckpoint(scope, 7, "c".repeat(64), "2026-12-01T10:00:00Z"))
                .isNotEqualTo(signature);
        assertThat(new AuditChainWriter("key-two").signCheckpoint(scope, 7, hash, "2026-12-01T10:00:00Z"))
                .isNotEqualTo(signature);
    }
}
