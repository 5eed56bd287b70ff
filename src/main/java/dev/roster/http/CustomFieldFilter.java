package dev.roster.http;

import dev.roster.errors.ApiError;
import java.util.Map;
import java.util.TreeMap;

/**
 * A {@code custom_fields} list filter: each given key must hold the given JSON value. From a query
 * string ({@code custom_fields.tier=gold}) values are strings. Stores match it with {@code store.CustomFieldSql}.
 */
public record CustomFieldFilter(Map<String, String> jsonByKey) {
    public static CustomFieldFilter read(RequestBody body) {
        Map<String, String> filters = new TreeMap<>();
        body.rawObject("custom_fields").ifPresent(object -> object.fields().forEachRemaining(entry -> {
            String key = entry.getKey();
            if (key.isEmpty() || key.length() > 128 || !key.matches("[A-Za-z0-9_\\-]+")) {
                throw ApiError.invalidField("custom_fields." + key,
                    "custom field names are letters, digits, '_' and '-', at most 128 characters").toException();
            }
            filters.put(key, entry.getValue().toString());
        }));
        return new CustomFieldFilter(filters);
    }
}
