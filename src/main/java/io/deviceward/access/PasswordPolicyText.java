package io.deviceward.access;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Keycloak's password policy string ("length(12) and notUsername()") in words a person reads. */
final class PasswordPolicyText {
    private static final Pattern RULE = Pattern.compile("(\\w+)\\(([^)]*)\\)");

    private PasswordPolicyText() {}

    static String describe(String policy) {
        if (policy == null || policy.isBlank()) {
            return "No password rules are configured.";
        }
        List<String> rules = new ArrayList<>();
        Matcher matcher = RULE.matcher(policy);
        while (matcher.find()) {
            String arg = matcher.group(2).strip();
            rules.add(
                    switch (matcher.group(1)) {
                        case "length" -> "at least " + arg + " characters";
                        case "maxLength" -> "at most " + arg + " characters";
                        case "passwordHistory" -> "not one of the last " + arg + " passwords";
                        case "notUsername" -> "not the username";
                        case "notEmail" -> "not the email address";
                        case "digits" -> "at least " + arg + " digit(s)";
                        case "upperCase" -> "at least " + arg + " upper-case letter(s)";
                        case "lowerCase" -> "at least " + arg + " lower-case letter(s)";
                        case "specialChars" -> "at least " + arg + " special character(s)";
                        case "forceExpiredPasswordChange" -> "changed every " + arg + " days";
                        default -> matcher.group();
                    });
        }
        if (rules.isEmpty()) {
            return policy;
        }
        String text = String.join("; ", rules);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }
}
