package io.deviceward.shared;

/** The object changed since the caller read it; saving would silently overwrite someone else's work. */
public class ConcurrentChangeException extends RuntimeException {
    public ConcurrentChangeException(String what) {
        super(what + " was changed by someone else since you opened it. Reload it and apply your changes again.");
    }
}
