package dev.roster.webhooks;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The address ranges webhook deliveries may not reach ({@code --webhook-deny}), so that a dev org's
 * admin cannot make Roster call services on its own network. Checked at create and update for URLs
 * that name an address, and at delivery after every DNS resolution, redirect included.
 */
public final class DenyList {
    public static final DenyList NONE = new DenyList(List.of(), "");
    /** What {@code --webhook-deny private} stands for: loopback, private, link-local, CGNAT and unique-local ranges. */
    static final String PRIVATE = "127.0.0.0/8,10.0.0.0/8,172.16.0.0/12,192.168.0.0/16,169.254.0.0/16,100.64.0.0/10,0.0.0.0/8,"
        + "::1/128,fc00::/7,fe80::/10,::/128";

    private final List<IPAddress> ranges;
    private final String text;

    private DenyList(List<IPAddress> ranges, String text) {
        this.ranges = ranges;
        this.text = text;
    }

    /** Comma-separated CIDR ranges or single addresses; {@code private} adds the private ranges; empty denies nothing. */
    public static DenyList parse(String text) {
        if (text == null || text.isBlank()) return NONE;
        List<IPAddress> ranges = new ArrayList<>();
        for (String part : text.split(",")) {
            String item = part.trim();
            if (item.isEmpty()) continue;
            if (item.equals("private")) {
                for (String range : PRIVATE.split(",")) ranges.add(range(range));
            } else {
                ranges.add(range(item));
            }
        }
        return new DenyList(List.copyOf(ranges), text);
    }

    private static IPAddress range(String item) {
        try {
            return new IPAddressString(item).toAddress().toPrefixBlock();
        } catch (AddressStringException e) {
            throw new IllegalArgumentException("--webhook-deny: '" + item + "' is not an address range; write CIDR ranges "
                + "such as 10.0.0.0/8 or fc00::/7, or private");
        }
    }

    public boolean isEmpty() { return ranges.isEmpty(); }

    /** The denied range {@code address} falls in, if any. */
    public Optional<String> rangeOf(InetAddress address) {
        IPAddress ip = new IPAddressString(address.getHostAddress()).getAddress();
        if (ip == null) return Optional.empty();
        // An IPv4-mapped IPv6 address (::ffff:10.0.0.1) reaches the IPv4 host: check that too.
        IPAddress v4 = ip.isIPv6() && ip.toIPv6().isIPv4Mapped() ? ip.toIPv6().getEmbeddedIPv4Address() : ip;
        return ranges.stream().filter(r -> r.contains(ip) || r.contains(v4)).map(IPAddress::toString).findFirst();
    }

    /** The denied range a URL's host names literally (an address, not a name), if any. */
    public Optional<String> rangeOfLiteral(String host) {
        IPAddressString literal = new IPAddressString(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        if (!literal.isIPAddress()) return Optional.empty();
        try {
            return rangeOf(InetAddress.getByAddress(literal.getAddress().getBytes()));
        } catch (java.net.UnknownHostException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() { return text; }
}
