package dev.roster.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {
    private final TrustedProxies nginx = TrustedProxies.parse("127.0.0.1, 10.0.0.0/8");

    @Test
    void without_trusted_proxies_the_header_is_ignored() {
        assertEquals("127.0.0.1", TrustedProxies.NONE.clientOf("127.0.0.1", "203.0.113.9"));
    }

    @Test
    void a_peer_that_is_not_a_trusted_proxy_cannot_name_another_client() {
        assertEquals("198.51.100.4", nginx.clientOf("198.51.100.4", "203.0.113.9"));
    }

    @Test
    void behind_a_trusted_proxy_the_client_is_the_address_it_appended() {
        assertEquals("203.0.113.9", nginx.clientOf("127.0.0.1", "203.0.113.9"));
    }

    @Test
    void what_the_client_itself_wrote_before_our_proxies_is_not_believed() {
        assertEquals("203.0.113.9", nginx.clientOf("127.0.0.1", "192.0.2.1, 203.0.113.9, 10.1.2.3"));
    }

    @Test
    void when_every_hop_is_a_trusted_proxy_the_farthest_one_is_the_client() {
        assertEquals("10.0.0.7", nginx.clientOf("127.0.0.1", "10.0.0.7, 10.1.2.3"));
    }

    @Test
    void a_hop_that_is_no_address_ends_the_walk_at_the_last_proxy() {
        assertEquals("10.1.2.3", nginx.clientOf("127.0.0.1", "unknown, 10.1.2.3"));
    }

    @Test
    void without_the_header_the_client_is_the_peer() {
        assertEquals("127.0.0.1", nginx.clientOf("127.0.0.1", null));
    }

    @Test
    void a_range_that_is_not_an_address_is_refused_naming_the_option() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/8,nginx"));
        assertTrue(e.getMessage().startsWith("--trusted-proxies: 'nginx'"), e.getMessage());
    }
}
