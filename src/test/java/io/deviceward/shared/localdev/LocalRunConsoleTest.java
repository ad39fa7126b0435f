package io.deviceward.shared.localdev;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LocalRunConsoleTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @AfterEach
    void off() {
        LocalRunConsole.disable();
    }

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsNothingUnlessTheLocalRunTurnedItOn() {
        LocalRunConsole.disable();
        PrintStream original = System.out;
        System.setOut(out);
        try {
            LocalRunConsole.stage("starting Keycloak…");
            LocalRunConsole.ready("127.0.0.1", 8080);
        } finally {
            System.setOut(original);
        }
        assertThat(printed()).isEmpty();
    }

    @Test
    void printsOneLinePerStageInOrderEndingWithWhereToSignIn() {
        LocalRunConsole.enable(out);
        LocalRunConsole.stage("starting Keycloak on http://localhost:8180 — the first start takes about a minute…");
        LocalRunConsole.stage("starting the database…");
        LocalRunConsole.ready("127.0.0.1", 8080);

        assertThat(printed().lines()).hasSize(3).allMatch(line -> line.startsWith(LocalRunConsole.PREFIX));
        assertThat(printed().lines().toList().get(0)).contains("Keycloak", "about a minute");
        assertThat(printed().lines().toList().get(2))
                .contains("http://localhost:8080", "manager.lindenhof", "provider.admin", "Demo-Pass-2026");
    }

    @Test
    void theReadyLineSaysHowLongTheStartTook() {
        AtomicLong now = new AtomicLong(1_000);
        LocalRunConsole console = new LocalRunConsole(out, now::get);
        now.addAndGet(Duration.ofSeconds(47).toNanos());
        assertThat(console.elapsed()).isEqualTo(Duration.ofSeconds(47));
        assertThat(LocalRunConsole.readyLine("127.0.0.1", 8080, console.elapsed()))
                .startsWith("ready after 47 s at http://localhost:8080");
    }

    @Test
    void aWildcardOrLoopbackAddressOpensAsLocalhostAnyOtherAsItself() {
        assertThat(LocalRunConsole.browserHost(null)).isEqualTo("localhost");
        assertThat(LocalRunConsole.browserHost("0.0.0.0")).isEqualTo("localhost");
        assertThat(LocalRunConsole.browserHost("127.0.0.1")).isEqualTo("localhost");
        assertThat(LocalRunConsole.browserHost("::")).isEqualTo("localhost");
        assertThat(LocalRunConsole.browserHost("192.168.1.20")).isEqualTo("192.168.1.20");
        assertThat(LocalRunConsole.browserHost("fd00::5")).isEqualTo("[fd00::5]");
    }
}
