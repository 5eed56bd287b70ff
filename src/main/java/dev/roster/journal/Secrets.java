package dev.roster.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one place that decides which fields hold secrets (tokens, webhook secrets, passwords), so
 * that the journal never keeps one: their values are replaced, at any depth, in request and answer
 * bodies alike.
 */
final class Secrets {
    static final String REDACTED = "[redacted]";
    private static final Set<String> NAMES = Set.of("token", "secret", "password", "authorization", "api_key", "private_key");
    private static final String[] SUFFIXES = {"_token", "_secret", "_password"};

    private Secrets() {}

    static boolean isSecret(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (NAMES.contains(lower)) return true;
        for (String suffix : SUFFIXES) if (lower.endsWith(suffix)) return true;
        return false;
    }

    /** {@code node} without secrets: itself when it holds none, else a copy with their values replaced. */
    static JsonNode redact(JsonNode node) {
        return holdsSecret(node) ? redactCopy(node.deepCopy()) : node;
    }

    private static boolean holdsSecret(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (isSecret(field.getKey()) || holdsSecret(field.getValue())) return true;
            }
        } else if (node instanceof ArrayNode array) {
            for (JsonNode item : array) if (holdsSecret(item)) return true;
        }
        return false;
    }

    private static JsonNode redactCopy(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (isSecret(field.getKey())) field.setValue(object.textNode(REDACTED));
                else redactCopy(field.getValue());
            }
        } else if (node instanceof ArrayNode array) {
            for (JsonNode item : array) redactCopy(item);
        }
        return node;
    }

    /**
     * Whether compact JSON text (as Roster renders it) names a secret field: a scan of every
     * {@code "name":} in it, so that only answers that might hold a secret are parsed and redacted.
     */
    static boolean mayHoldSecret(byte[] json, int length) {
        int i = 0;
        while (i < length) {
            if (json[i++] != '"') continue;
            int start = i;
            while (i < length && json[i] != '"') i += json[i] == '\\' ? 2 : 1;
            int end = Math.min(i, length);
            i++;
            if (i < length && json[i] == ':' && isSecret(json, start, end)) return true;
        }
        return false;
    }

    /**
     * The last two letters of every secret name and suffix: a key ending otherwise (most do, such as
     * {@code id} or {@code display_name}) is passed over without comparing it to each of them.
     */
    private static final boolean[] ENDINGS = endings();

    private static boolean[] endings() {
        boolean[] endings = new boolean[128 * 128];
        for (String name : NAMES) endings[ending(name.charAt(name.length() - 2), name.charAt(name.length() - 1))] = true;
        for (String suffix : SUFFIXES) endings[ending(suffix.charAt(suffix.length() - 2), suffix.charAt(suffix.length() - 1))] = true;
        return endings;
    }

    /** Two ASCII characters as an index of {@link #ENDINGS}, ignoring case. */
    private static int ending(int beforeLast, int last) {
        return lower(beforeLast) * 128 + lower(last);
    }

    /** ASCII lower case; any other byte (a negative one, in UTF-8) stays as it is and matches no letter. */
    private static int lower(int c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }

    private static boolean isSecret(byte[] json, int from, int to) {
        if (to - from < 2 || json[to - 2] < 0 || json[to - 1] < 0 || !ENDINGS[ending(json[to - 2], json[to - 1])]) return false;
        for (String name : NAMES) if (to - from == name.length() && endsWith(json, from, to, name)) return true;
        for (String suffix : SUFFIXES) if (endsWith(json, from, to, suffix)) return true;
        return false;
    }

    private static boolean endsWith(byte[] json, int from, int to, String tail) {
        if (to - from < tail.length()) return false;
        for (int i = 0, at = to - tail.length(); i < tail.length(); i++, at++) {
            if (lower(json[at]) != tail.charAt(i)) return false;
        }
        return true;
    }
}
