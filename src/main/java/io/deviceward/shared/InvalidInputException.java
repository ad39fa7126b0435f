package io.deviceward.shared;

/** Input that passed the form but breaks a rule only the service can check (a duplicate, say); names the field. */
public class InvalidInputException extends RuntimeException {
    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
