package dev.roster.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.roster.errors.ApiError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * An opaque list cursor: a position in the order (one value per sort key), the direction to walk
 * from it, and a fingerprint of the filter and sort it was made for, so that reusing it with
 * another query is refused rather than silently wrong.
 */
public record Cursor(String fingerprint, boolean forward, List<Object> position) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public String encode() {
        ArrayNode array = MAPPER.createArrayNode().add(1).add(fingerprint).add(forward ? "a" : "b");
        for (Object value : position) {
            if (value instanceof Long l) array.add(l);
            else array.add((String) value);
        }
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MAPPER.writeValueAsBytes(array));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Decodes a cursor made for {@code keys}; anything else is a 400 naming the cursor. */
    public static Cursor decode(String text, List<SortKey> keys) {
        try {
            JsonNode array = MAPPER.readTree(Base64.getUrlDecoder().decode(text));
            if (array == null || !array.isArray() || array.size() != 3 + keys.size() || array.get(0).asInt() != 1) {
                throw invalid();
            }
            List<Object> position = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                JsonNode value = array.get(3 + i);
                if (keys.get(i).numeric() ? !value.canConvertToLong() || !value.isIntegralNumber() : !value.isTextual()) {
                    throw invalid();
                }
                position.add(keys.get(i).numeric() ? (Object) value.longValue() : value.textValue());
            }
            return new Cursor(array.get(1).asText(), "a".equals(array.get(2).asText()), position);
        } catch (IOException | IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static RuntimeException invalid() {
        return ApiError.valueNotPermitted("cursor", "not a cursor this server issued; start again without one")
            .toException();
    }
}
