package io.deviceward.device;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

/** Bean Validation for address fields, so the form, the import and the API reject the same input. */
public final class ValidNetworkAddresses {
    private ValidNetworkAddresses() {}

    @Target({ElementType.FIELD, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = IpListValidator.class)
    public @interface IpAddresses {
        String message() default "Enter IPv4 or IPv6 addresses, separated by commas";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @Target({ElementType.FIELD, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = MacValidator.class)
    public @interface MacAddress {
        String message() default "Enter a MAC address such as 00:1a:2b:3c:4d:5e";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static class IpListValidator implements ConstraintValidator<IpAddresses, List<String>> {
        public IpListValidator() {}

        @Override
        public boolean isValid(List<String> value, ConstraintValidatorContext context) {
            if (value == null) return true;
            for (String text : value) {
                if (text != null && text.contains("/")) {
                    context.disableDefaultConstraintViolation();
                    context.buildConstraintViolationWithTemplate(
                                    "\"" + text.strip().replace("{", "(").replace("$", "")
                                            + "\" is a network range: a range belongs to a segment; enter the device's own"
                                            + " address")
                            .addConstraintViolation();
                    return false;
                }
                if (text != null && !text.isBlank() && NetworkAddresses.ip(text).isEmpty()) {
                    context.disableDefaultConstraintViolation();
                    context.buildConstraintViolationWithTemplate(
                                    "\"" + text.strip().replace("{", "(").replace("$", "")
                                            + "\" is not an IPv4 or IPv6 address")
                            .addConstraintViolation();
                    return false;
                }
            }
            return true;
        }
    }

    public static class MacValidator implements ConstraintValidator<MacAddress, String> {
        public MacValidator() {}

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null
                    || value.isBlank()
                    || NetworkAddresses.mac(value).isPresent();
        }
    }
}
