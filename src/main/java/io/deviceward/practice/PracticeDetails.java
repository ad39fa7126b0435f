package io.deviceward.practice;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The editable details of a practice; the same rules hold in the form and at the service. */
public class PracticeDetails {
    @NotBlank(message = "Enter the practice's name")
    @Size(max = 200, message = "At most 200 characters")
    private String name;

    @Size(max = 500, message = "At most 500 characters")
    private String address;

    @Email(message = "Enter a valid email address")
    @Size(max = 254, message = "At most 254 characters")
    private String contactEmail;

    @Pattern(regexp = "^$|^[+0-9 ()/-]{3,50}$", message = "Use digits, spaces and + ( ) / - only")
    private String phone;

    @NotBlank(message = "Choose the practice's time zone")
    @Size(max = 64, message = "At most 64 characters")
    private String timeZone = Practice.DEFAULT_TIME_ZONE;

    public static PracticeDetails of(Practice practice) {
        PracticeDetails details = new PracticeDetails();
        details.name = practice.getName();
        details.address = practice.getAddress();
        details.contactEmail = practice.getContactEmail();
        details.phone = practice.getPhone();
        details.timeZone = practice.getTimeZone();
        return details;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }
}
