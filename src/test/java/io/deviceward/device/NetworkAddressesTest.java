package io.deviceward.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkAddressesTest {

    @Test
    void normalisesIpv4AndIpv6() {
        assertThat(NetworkAddresses.ip("010.000.000.042")).hasValue("10.0.0.42");
        assertThat(NetworkAddresses.ip(" 192.168.1.10 ")).hasValue("192.168.1.10");
        assertThat(NetworkAddresses.ip("FE80:0:0::1")).hasValue("fe80::1");
        assertThat(NetworkAddresses.ip("192.168.1.10/24")).hasValue("192.168.1.10");
    }

    @Test
    void refusesWhatIsNotOneHostAddress() {
        assertThat(NetworkAddresses.ip("300.1.1.1")).isEmpty();
        assertThat(NetworkAddresses.ip("10.0.0")).isEmpty();
        assertThat(NetworkAddresses.ip("10.0.0.0/24")).isEmpty();
        assertThat(NetworkAddresses.ip("10.0.0.1-5")).isEmpty();
        assertThat(NetworkAddresses.ip("printer.local")).isEmpty();
        assertThat(NetworkAddresses.ip("*")).isEmpty();
    }

    @Test
    void deduplicatesAndNamesTheFirstBadEntry() {
        assertThat(NetworkAddresses.ips(List.of("10.0.0.1", "10.000.0.1", "::1")))
                .containsExactly("10.0.0.1", "::1");
        assertThatThrownBy(() -> NetworkAddresses.ips(List.of("10.0.0.1", "10.0.0.256")))
                .hasMessageContaining("10.0.0.256");
        assertThat(NetworkAddresses.split("10.0.0.1, 10.0.0.2;10.0.0.3 ::1")).hasSize(4);
    }

    @Test
    void normalisesMacAddresses() {
        assertThat(NetworkAddresses.mac("00-1A-2B-3C-4D-5E")).hasValue("00:1a:2b:3c:4d:5e");
        assertThat(NetworkAddresses.mac("001a.2b3c.4d5e")).hasValue("00:1a:2b:3c:4d:5e");
        assertThat(NetworkAddresses.mac("00:1a:2b:3c:4d")).isEmpty();
        assertThat(NetworkAddresses.mac("zz:1a:2b:3c:4d:5e")).isEmpty();
    }
}
