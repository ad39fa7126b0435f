package io.deviceward.shared;

/**
 * Thrown when an object does not exist <em>for the caller</em>: it may exist in another practice,
 * which the caller must not be able to tell apart from not existing at all.
 */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what) {
        super(what + " not found");
    }
}
