package io.deviceward.shared.api;

import io.deviceward.access.SecondFactorRequiredException;
import io.deviceward.shared.ConcurrentChangeException;
import io.deviceward.shared.InvalidInputException;
import io.deviceward.shared.NotFoundException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.databind.DatabindException;

/**
 * Every API error as RFC 9457 problem+json. Validation problems name the offending field in
 * {@code field} and list all of them in {@code errors}, with the same messages the forms show.
 */
@RestControllerAdvice(basePackages = "io.deviceward")
@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring Boot's problem-details handler, which answers the framework's edges
public class ApiProblems {
    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    private static final String TYPES = "https://deviceward.io/problems/";

    public record FieldError(String field, String message) {}

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    /** The practice's MFA policy wants a token from a sign-in with a second factor (acr); the detail says how. */
    @ExceptionHandler(SecondFactorRequiredException.class)
    ProblemDetail secondFactorRequired(SecondFactorRequiredException e) {
        ProblemDetail problem =
                problem(HttpStatus.FORBIDDEN, "second-factor-required", "Second factor required", e.getMessage());
        problem.setProperty("mustEnrol", e.mustEnrol());
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(
                HttpStatus.FORBIDDEN,
                "forbidden",
                "Not allowed",
                "Your role in this practice does not allow this. The attempt has been recorded.");
    }

    @ExceptionHandler({ConcurrentChangeException.class, ObjectOptimisticLockingFailureException.class})
    ProblemDetail conflict(RuntimeException e) {
        String detail = e instanceof ConcurrentChangeException
                ? e.getMessage()
                : "The object was changed by someone else since you read it. Read it again and apply your change to the new version.";
        return problem(HttpStatus.CONFLICT, "conflict", "Changed by someone else", detail);
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        return invalid(List.of(new FieldError(e.field(), e.getMessage())));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidBody(MethodArgumentNotValidException e) {
        return invalid(e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail invalidArguments(ConstraintViolationException e) {
        return invalid(e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof DatabindException mapping
                && !mapping.getPath().isEmpty()) {
            String field = String.join(
                    ".",
                    mapping.getPath().stream()
                            .map(ref -> ref.getPropertyName() != null
                                    ? ref.getPropertyName()
                                    : String.valueOf(ref.getIndex()))
                            .toList());
            return invalid(
                    List.of(new FieldError(field, "This value cannot be read here (wrong type or unknown value)")));
        }
        return problem(
                HttpStatus.BAD_REQUEST, "unreadable", "Unreadable request", "The request body is not valid JSON");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        return invalid(List.of(new FieldError(e.getName(), "\"" + e.getValue() + "\" is not a valid value")));
    }

    private static ProblemDetail invalid(List<FieldError> errors) {
        ProblemDetail problem = problem(
                HttpStatus.BAD_REQUEST,
                "invalid-input",
                "Invalid input",
                errors.isEmpty()
                        ? "The request is not valid"
                        : errors.getFirst().field() + ": " + errors.getFirst().message());
        if (!errors.isEmpty()) {
            problem.setProperty("field", errors.getFirst().field());
        }
        problem.setProperty(
                "errors",
                errors.stream()
                        .map(error -> Map.of("field", error.field(), "message", error.message()))
                        .toList());
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPES + type));
        problem.setTitle(title);
        return problem;
    }

    /** "create.details.ipAddresses" → "ipAddresses": the path below the method argument. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", Arrays.copyOfRange(parts, 2, parts.length)) : path;
    }
}
