package dev.roster.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookOptionsTest {
    private static Optional<String> denied(DenyList list, String address) throws Exception {
        return list.rangeOf(InetAddress.getByName(address));
    }

    @Test
    void private_denies_loopback_private_link_local_and_unique_local_addresses_also_when_mapped_to_ipv6() throws Exception {
        DenyList list = DenyList.parse("private");
        for (String address : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "::1",
                "fd00::1", "fe80::1", "::ffff:10.0.0.1")) {
            assertTrue(denied(list, address).isPresent(), address);
        }
        for (String address : List.of("8.8.8.8", "172.32.0.1", "2001:db8::1")) assertTrue(denied(list, address).isEmpty(), address);
    }

    @Test
    void ranges_are_cidr_and_a_bad_one_is_refused_naming_it() throws Exception {
        assertEquals(Optional.of("203.0.113.0/24"), denied(DenyList.parse("203.0.113.0/24, 2001:db8::/32"), "203.0.113.9"));
        assertTrue(DenyList.parse("").isEmpty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DenyList.parse("10.0.0.0/8,intranet"));
        assertTrue(e.getMessage().contains("'intranet'"), e.getMessage());
    }

    @Test
    void the_retry_schedule_and_durations_read_as_written() {
        assertEquals(List.of(Duration.ZERO, Duration.ofSeconds(30), Duration.ofMinutes(3)),
            RetrySchedule.parse(RetrySchedule.DEFAULT).delays());
        assertEquals(List.of(Duration.ofMillis(10), Duration.ofHours(1)), RetrySchedule.parse("10ms, 1h").delays());
        assertEquals(Duration.ofDays(7), DurationText.parse("--event-retention", "7d"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RetrySchedule.parse("0,soon")).getMessage()
            .contains("--webhook-retry: 'soon'"));
        assertThrows(IllegalArgumentException.class, () -> RetrySchedule.parse("0,".repeat(21) + "0"));
    }
}
