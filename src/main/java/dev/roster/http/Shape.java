package dev.roster.http;

import dev.roster.errors.ApiError.JsonType;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON types of request fields that DevRev's contract declares and Roster takes without
 * modelling them (artifacts, custom schemas). {@link RequestBody#check} walks these few names as the
 * request is read, so a wrong type answers {@code unexpected_json_type} before any lookup, exactly
 * as a modelled field's would; a value of the right type is then ignored. A cheap per-field check,
 * not a schema validation: requests are hot.
 */
public final class Shape {
    /** One declared field: its type, the type of its items (arrays) or its own fields (objects). */
    record Field(String name, JsonType type, JsonType item, Shape nested) {}

    private final List<Field> fields;

    private Shape(List<Field> fields) { this.fields = fields; }

    public static Shape of() { return new Shape(List.of()); }

    public Shape string(String name) { return with(new Field(name, JsonType.STRING, null, null)); }

    public Shape bool(String name) { return with(new Field(name, JsonType.BOOL, null, null)); }

    /** An array of strings, such as IDs. */
    public Shape strings(String name) { return with(new Field(name, JsonType.ARRAY, JsonType.STRING, null)); }

    public Shape object(String name, Shape nested) { return with(new Field(name, JsonType.OBJECT, null, nested)); }

    List<Field> fields() { return fields; }

    private Shape with(Field field) {
        List<Field> all = new ArrayList<>(fields);
        all.add(field);
        return new Shape(List.copyOf(all));
    }
}
