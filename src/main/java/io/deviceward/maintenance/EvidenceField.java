package io.deviceward.maintenance;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A value recorded as evidence, with its limits: a number outside [min, max] or a FAIL fails the task
 * by itself, whatever outcome the person chose.
 */
public record EvidenceField(
        String key,
        String label,
        FieldType type,
        @Nullable String unit,
        @Nullable BigDecimal min,
        @Nullable BigDecimal max,
        int step,
        boolean required) {

    /** "134–137 °C", "≥ 180 s", "≤ 1.3 mbar/min", "PASS"; empty without limits. */
    public String limitText() {
        String u = unit == null ? "" : " " + unit;
        if (type == FieldType.PASS_FAIL) return "PASS";
        if (min != null && max != null) return min.toPlainString() + "–" + max.toPlainString() + u;
        if (min != null) return "≥ " + min.toPlainString() + u;
        if (max != null) return "≤ " + max.toPlainString() + u;
        return "";
    }

    /** The value as stored (numbers in plain notation), or why it cannot be read. */
    public String normalise(String value) {
        String text = value.strip();
        return switch (type) {
            case NUMBER -> {
                try {
                    yield new BigDecimal(text.replace(',', '.'))
                            .stripTrailingZeros()
                            .toPlainString();
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("Enter a number" + (unit == null ? "" : " in " + unit));
                }
            }
            case PASS_FAIL -> {
                String upper = text.toUpperCase(Locale.ROOT);
                if (!upper.equals("PASS") && !upper.equals("FAIL")) {
                    throw new IllegalArgumentException("Enter PASS or FAIL");
                }
                yield upper;
            }
            case TEXT -> {
                if (text.length() > 200) throw new IllegalArgumentException("At most 200 characters");
                yield text;
            }
        };
    }

    /** Why a (normalised) value fails the task, if it does. */
    public Optional<String> violation(String value) {
        switch (type) {
            case PASS_FAIL -> {
                return "FAIL".equals(value) ? Optional.of(label + ": FAIL") : Optional.empty();
            }
            case NUMBER -> {
                BigDecimal number = new BigDecimal(value);
                if ((min != null && number.compareTo(min) < 0) || (max != null && number.compareTo(max) > 0)) {
                    return Optional.of(
                            label + " " + value + (unit == null ? "" : " " + unit) + " outside " + limitText());
                }
                return Optional.empty();
            }
            default -> {
                return Optional.empty();
            }
        }
    }
}
