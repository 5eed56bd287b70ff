package dev.roster.webhooks;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;

/**
 * Resolves the hosts deliveries connect to, redirects included, and refuses a name any of whose
 * addresses is denied: the check sees the addresses the connection will use, so a name that
 * resolves to an internal address (DNS rebinding) is caught as well as a literal one.
 */
final class DenyingResolver implements DnsResolver {
    private final DenyList deny;

    DenyingResolver(DenyList deny) { this.deny = deny; }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = SystemDefaultDnsResolver.INSTANCE.resolve(host);
        for (InetAddress address : addresses) {
            var range = deny.rangeOf(address);
            if (range.isPresent()) throw new Denied(host, address, range.get());
        }
        return addresses;
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        return SystemDefaultDnsResolver.INSTANCE.resolveCanonicalHostname(host);
    }

    /** A host refused for its address; an UnknownHostException so that the client gives up on it at once. */
    static final class Denied extends UnknownHostException {
        Denied(String host, InetAddress address, String range) {
            super(host + " resolves to " + address.getHostAddress() + ", in the denied range " + range + " (--webhook-deny)");
        }
    }
}
