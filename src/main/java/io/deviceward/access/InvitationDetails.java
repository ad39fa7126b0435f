package io.deviceward.access;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What a manager enters to invite someone; the same rules hold in the dialog and at the service.
 * Rules that need the clock or the role (an auditor's expiry) are the service's.
 */
public class InvitationDetails {
    @NotBlank(message = "Enter the email address")
    @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "Enter a valid email address, like name@practice.example")
    @Size(max = 254, message = "At most 254 characters")
    private String email;

    @NotBlank(message = "Enter the first name")
    @Size(max = 100, message = "At most 100 characters")
    private String firstName;

    @NotBlank(message = "Enter the last name")
    @Size(max = 100, message = "At most 100 characters")
    private String lastName;

    @NotNull(message = "Choose a role")
    private Role role;
    /** Access ends at the end of this day (UTC); required for auditors. */
    private LocalDate expiresOn;

    public InvitationDetails() {}

    public InvitationDetails(String email, String firstName, String lastName, Role role, LocalDate expiresOn) {
        this.email = email;
        this.firstName = firstName;
        this.lastName = lastName;
        this.role = role;
        this.expiresOn = expiresOn;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }
}
