package io.deviceward.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PasswordPolicyTextTest {

    @Test
    void describesTheRealmsPolicyInWords() {
        assertThat(PasswordPolicyText.describe("length(12) and passwordHistory(3) and notUsername() and notEmail()"))
                .isEqualTo(
                        "At least 12 characters; not one of the last 3 passwords; not the username; not the email address.");
        assertThat(PasswordPolicyText.describe("")).isEqualTo("No password rules are configured.");
    }

    @Test
    void theConfiguredDefaultIsTheRealmFilesPolicy() throws Exception {
        String realm = Files.readString(Path.of("src/main/resources/keycloak/deviceward-realm.json"));
        String yaml = Files.readString(Path.of("src/main/resources/application.yml"));
        String policy = "length(12) and passwordHistory(3) and notUsername() and notEmail()";
        assertThat(realm).contains("\"passwordPolicy\": \"" + policy + "\"");
        assertThat(yaml).contains("password-policy: ${DEVICEWARD_PASSWORD_POLICY:" + policy + "}");
    }
}
