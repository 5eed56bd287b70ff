package dev.roster.bulk;

import dev.roster.errors.ApiError;

/** Why one line was not imported: its number (from 1), its type, the field at fault (null for the line as a whole) and the reason. */
public record RowError(long line, String type, String field, String reason) {
    static RowError of(long line, String type, ApiError error) {
        String field = switch (error) {
            case ApiError.MissingRequiredField e -> e.fieldName();
            case ApiError.UnexpectedJsonType e -> e.fieldName();
            case ApiError.InvalidEnumValue e -> e.fieldName();
            case ApiError.InvalidField e -> e.fieldName();
            case ApiError.InvalidId e -> e.fieldName();
            case ApiError.UnexpectedIdType e -> e.fieldName();
            case ApiError.ValueNotPermitted e -> e.fieldName();
            default -> null;
        };
        return new RowError(line, type, field, error.message());
    }

    /** As the summary prints it: {@code line 7 (rev_user), email: reason}. */
    @Override
    public String toString() {
        return "line " + line + (type == null ? "" : " (" + type + ")") + (field == null ? "" : ", " + field) + ": " + reason;
    }
}
