package io.deviceward.shared.localdev;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * What {@code ./dw run} tells a newcomer while it starts: one line per stage on the console. Plain
 * {@link PrintStream}, because Keycloak starts before Spring has set up logging. Off unless
 * {@link LocalDevApplication} turns it on, so tests that start the same parts stay quiet.
 */
final class LocalRunConsole {
    static final String PREFIX = "DeviceWard ▸ ";

    private static volatile @Nullable LocalRunConsole current;

    private final PrintStream out;
    private final LongSupplier nanoTime;
    private final long startedAt;

    LocalRunConsole(PrintStream out, LongSupplier nanoTime) {
        this.out = out;
        this.nanoTime = nanoTime;
        this.startedAt = nanoTime.getAsLong();
    }

    /** Turns the console on for this JVM (the local run only). */
    static void enable(PrintStream out) {
        current = new LocalRunConsole(out, System::nanoTime);
    }

    static void disable() {
        current = null;
    }

    /** Prints the stage when the console is on; does nothing otherwise. */
    static void stage(String text) {
        LocalRunConsole console = current;
        if (console != null) {
            console.print(text);
        }
    }

    /** The last line: where to open the app and who to sign in as. */
    static void ready(@Nullable String address, int port) {
        LocalRunConsole console = current;
        if (console != null) {
            console.print(readyLine(address, port, console.elapsed()));
        }
    }

    void print(String text) {
        out.println(PREFIX + text);
        out.flush();
    }

    Duration elapsed() {
        return Duration.ofNanos(nanoTime.getAsLong() - startedAt);
    }

    static String readyLine(@Nullable String address, int port, Duration elapsed) {
        return "ready after " + elapsed.toSeconds() + " s at http://" + browserHost(address) + ":" + port
                + "  —  sign in as manager.lindenhof or provider.admin, password Demo-Pass-2026"
                + " (all demo logins: README). Stop with Ctrl+C.";
    }

    /** A wildcard or loopback bind address is opened as localhost (Keycloak's redirect URIs name localhost). */
    static String browserHost(@Nullable String address) {
        if (address == null
                || address.isBlank()
                || address.equals("0.0.0.0")
                || address.equals("::")
                || address.startsWith("127.")
                || address.equals("::1")) {
            return "localhost";
        }
        return address.contains(":") ? "[" + address + "]" : address;
    }
}
