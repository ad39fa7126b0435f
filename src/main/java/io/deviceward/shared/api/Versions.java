package io.deviceward.shared.api;

import io.deviceward.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** Every change through the API names the version it read, so a stale one answers 409 instead of overwriting. */
public final class Versions {
    private Versions() {}

    /** The version a change request carries; without one, a 400 naming the field ("the version of the device"). */
    public static long required(@Nullable Long version, String whatWasRead) {
        if (version == null) {
            throw new InvalidInputException("version", "Send the version of the " + whatWasRead + " you read");
        }
        return version;
    }
}
