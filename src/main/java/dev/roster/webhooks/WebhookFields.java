package dev.roster.webhooks;

import dev.roster.errors.ApiError;
import dev.roster.events.EventType;
import dev.roster.http.RequestBody;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules for a webhook's fields, shared by create and update. */
final class WebhookFields {
    static final int MAX_URL = 2048;
    static final int MIN_SECRET = 8;
    static final int MAX_SECRET = 32;
    static final int MAX_HEADERS = 8;
    static final int MAX_HEADER_VALUE = 1024;
    private static final Pattern HEADER_NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    /** Headers Roster sets on every delivery itself: a webhook's own may not replace them. */
    private static final Set<String> RESERVED = Set.of("content-type", "content-length", "host", "x-devrev-signature",
        "webhook-id", "webhook-timestamp", "webhook-signature", "connection", "transfer-encoding", "user-agent");

    private WebhookFields() {}

    /** An http or https URL with a host, not in a denied range when it names an address. */
    static String url(RequestBody body, String field, DenyList deny) {
        String text = body.requiredText(field, MAX_URL).trim();
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw ApiError.valueNotPermitted(field, "'" + text + "' is not a URL: " + e.getReason()).toException();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw ApiError.valueNotPermitted(field, "must be an http or https URL, such as https://example.com/hooks").toException();
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw ApiError.valueNotPermitted(field, "must name a host, such as https://example.com/hooks").toException();
        }
        if (uri.getUserInfo() != null) {
            throw ApiError.valueNotPermitted(field, "must not hold a user name or password; send credentials in headers")
                .toException();
        }
        deny.rangeOfLiteral(uri.getHost()).ifPresent(range -> {
            throw ApiError.valueNotPermitted(field, "the address " + uri.getHost() + " is in a range this server does not "
                + "deliver to (" + range + ", --webhook-deny)").toException();
        });
        return text;
    }

    /** A given secret (8 to 32 characters), or a new one when {@code blankMeansNew} and it is empty. */
    static String secret(String field, String given, boolean blankMeansNew) {
        if (given.isEmpty() && blankMeansNew) return newSecret();
        if (given.length() < MIN_SECRET || given.length() > MAX_SECRET) {
            throw ApiError.valueNotPermitted(field, "must be " + MIN_SECRET + " to " + MAX_SECRET + " characters, got "
                + given.length()).toException();
        }
        if (!given.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw ApiError.valueNotPermitted(field, "must be printable ASCII without spaces").toException();
        }
        return given;
    }

    /** 192 random bits, as 32 base64 characters: the contract's secret is of format byte. */
    static String newSecret() {
        return Base64.getEncoder().encodeToString(SecretBox.random(24));
    }

    static List<EventType> eventTypes(RequestBody body, String name) {
        List<String> given = body.strings(name).orElse(List.of());
        Set<EventType> types = new LinkedHashSet<>();
        for (String wire : given) {
            types.add(EventType.ofWire(wire).orElseThrow(() ->
                ApiError.invalidEnum(body.path(name), wire, EventType.wireNames()).toException()));
        }
        return List.copyOf(types);
    }

    static List<WebhookHeader> headers(RequestBody body, String name) {
        List<WebhookHeader> headers = new ArrayList<>();
        for (RequestBody item : body.objects(name).orElse(List.of())) {
            String field = body.path(name);
            // Both types are checked before either is required, so a wrongly typed value is named as such.
            item.string("value");
            String header = item.requiredString("name");
            if (!HEADER_NAME.matcher(header).matches()) {
                throw ApiError.valueNotPermitted(field, "header name '" + header + "' may hold only letters, digits, '-' and '_' "
                    + "(1 to 64 of them)").toException();
            }
            if (RESERVED.contains(header.toLowerCase(Locale.ROOT))) {
                throw ApiError.valueNotPermitted(field, "header " + header + " is set by Roster on every delivery; choose "
                    + "another name").toException();
            }
            String value = item.requiredString("value");
            if (value.length() > MAX_HEADER_VALUE || !value.chars().allMatch(c -> c == '\t' || c >= 0x20 && c != 0x7f)) {
                throw ApiError.valueNotPermitted(field, "the value of header " + header + " must be at most " + MAX_HEADER_VALUE
                    + " characters without line breaks or control characters").toException();
            }
            headers.removeIf(h -> h.name().equalsIgnoreCase(header));
            headers.add(new WebhookHeader(header, value));
        }
        return checkCount(body.path(name), headers);
    }

    static List<WebhookHeader> checkCount(String field, List<WebhookHeader> headers) {
        if (headers.size() > MAX_HEADERS) {
            throw ApiError.valueNotPermitted(field, "a webhook has at most " + MAX_HEADERS + " headers; this would make "
                + headers.size()).toException();
        }
        return List.copyOf(headers);
    }
}
