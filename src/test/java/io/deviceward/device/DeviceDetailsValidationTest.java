package io.deviceward.device;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules as a plain Bean Validation provider applies them: the form's Binder uses one like this. */
class DeviceDetailsValidationTest {
    private final Validator validator =
            Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void aCompleteDeviceIsValid() {
        assertThat(validator.validate(valid())).isEmpty();
    }

    @Test
    void badAddressesAndMissingFieldsAreNamed() {
        DeviceDetails details = valid();
        details.setName(" ");
        details.setIpAddresses(List.of("10.0.0.1", "10.0.0.999"));
        details.setMacAddress("00:11");
        details.getPosture().getFirewall().setNote("x".repeat(501));

        Set<ConstraintViolation<DeviceDetails>> violations = validator.validate(details);

        assertThat(violations)
                .extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("name", "ipAddresses", "macAddress", "posture.firewall.note");
        assertThat(violations)
                .filteredOn(v -> v.getPropertyPath().toString().equals("ipAddresses"))
                .extracting(ConstraintViolation::getMessage)
                .containsExactly("\"10.0.0.999\" is not an IPv4 or IPv6 address");
    }

    private static DeviceDetails valid() {
        DeviceDetails details = new DeviceDetails();
        details.setName("Autoclave");
        details.setCategory("AUTOCLAVE");
        details.setManufacturer("Melag");
        details.setModel("Vacuklav");
        details.setIpAddresses(List.of("192.168.1.10", "fe80::1"));
        details.setMacAddress("00:1a:2b:3c:4d:5e");
        return details;
    }

    @Test
    void controlAndTextDirectionCharactersAreRefusedInEveryTextField() {
        DeviceDetails details = valid();
        details.setName("Invoice\u202Efdp.exe");
        details.setLocation("Room\u0000 4");
        details.getPosture().getFirewall().setNote("ok\u2066");
        details.setNotes("Two lines\nand a tab\tare fine");

        assertThat(validator.validate(details))
                .extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("name", "location", "posture.firewall.note");
    }

    @Test
    void aNetworkRangeIsRefusedSayingItBelongsToASegment() {
        DeviceDetails details = valid();
        details.setIpAddresses(List.of("192.168.1.1/24"));
        assertThat(validator.validate(details))
                .singleElement()
                .satisfies(v -> assertThat(v.getMessage()).contains("belongs to a segment"));
    }
}
