package io.deviceward.shared.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;

/**
 * Text a person reads: no control characters (NUL and the like; tab and line breaks pass) and no
 * text-direction overrides or isolates (U+202A–U+202E, U+2066–U+2069, U+200E/U+200F, U+061C), which make a
 * stored name display as something else. One constraint, so the forms, the import and the API refuse alike.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Validator.class)
public @interface PlainText {
    String message() default "Control or text-direction characters are not allowed here";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<PlainText, String> {
        public Validator() {}

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            return value == null || value.codePoints().noneMatch(Validator::refused);
        }

        static boolean refused(int c) {
            if (c == '\t' || c == '\n' || c == '\r') return false;
            return Character.getType(c) == Character.CONTROL
                    || (c >= 0x202A && c <= 0x202E)
                    || (c >= 0x2066 && c <= 0x2069)
                    || c == 0x200E
                    || c == 0x200F
                    || c == 0x061C;
        }
    }
}
