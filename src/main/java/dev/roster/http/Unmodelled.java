package dev.roster.http;

/** The unmodelled request pieces that several of DevRev's operations declare alike. */
public final class Unmodelled {
    /** DevRev's {@code custom-schema-spec}: Roster keeps no custom schemas. */
    public static final Shape CUSTOM_SCHEMA_SPEC = Shape.of()
        .strings("apps")
        .object("drop", Shape.of().strings("apps").bool("subtype"))
        .string("subtype")
        .bool("tenant_fragment")
        .bool("validate_required_fields");

    /** An update's replacement of a list of IDs Roster does not keep: {@code {"set": [...]}}. */
    public static final Shape SET_OF_IDS = Shape.of().strings("set");

    private Unmodelled() {}
}
