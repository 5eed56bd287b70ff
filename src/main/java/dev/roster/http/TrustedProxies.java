package dev.roster.http;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/**
 * The reverse proxies whose {@code X-Forwarded-For} Roster believes ({@code --trusted-proxies}). A
 * client's address is the connection's peer, unless the peer is one of them: then it is the nearest
 * address in {@code X-Forwarded-For} that is not, read from the right, since each proxy appends the
 * peer it saw and only the entries our own proxies appended can be believed. With none configured,
 * the header is ignored: anyone can send it.
 */
public final class TrustedProxies {
    public static final TrustedProxies NONE = new TrustedProxies(List.of(), "");

    private final List<IPAddress> ranges;
    private final String text;

    private TrustedProxies(List<IPAddress> ranges, String text) {
        this.ranges = ranges;
        this.text = text;
    }

    /** Comma-separated CIDR ranges or single addresses; empty trusts none. */
    public static TrustedProxies parse(String text) {
        if (text == null || text.isBlank()) return NONE;
        List<IPAddress> ranges = new ArrayList<>();
        for (String part : text.split(",")) {
            String item = part.trim();
            if (item.isEmpty()) continue;
            try {
                ranges.add(new IPAddressString(item).toAddress().toPrefixBlock());
            } catch (AddressStringException e) {
                throw new IllegalArgumentException("--trusted-proxies: '" + item + "' is not an address range; write "
                    + "addresses or CIDR ranges such as 127.0.0.1 or 10.0.0.0/8");
            }
        }
        return new TrustedProxies(List.copyOf(ranges), text);
    }

    /** The address of the client a request came from. */
    public String clientOf(Context ctx) {
        return clientOf(ctx.ip(), ctx.header("X-Forwarded-For"));
    }

    /** The client's address, given the connection's {@code peer} and the request's {@code X-Forwarded-For} (or null). */
    public String clientOf(String peer, String forwardedFor) {
        if (!isTrusted(peer) || forwardedFor == null) return peer;
        String[] hops = forwardedFor.split(",");
        String client = peer;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            // A hop that is no address was not written by a proxy of ours: stop at the last one that was.
            if (new IPAddressString(hop).getAddress() == null) return client;
            client = hop;
            if (!isTrusted(hop)) return hop;
        }
        return client;
    }

    private boolean isTrusted(String address) {
        IPAddress ip = new IPAddressString(address).getAddress();
        return ip != null && ranges.stream().anyMatch(range -> range.contains(ip));
    }

    @Override
    public String toString() { return text; }
}
