package dev.roster.snapshots;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.errors.ApiError;
import dev.roster.http.Json;
import dev.roster.ids.IdKind;
import dev.roster.ids.Ids;

/**
 * A snapshot as one portable JSON document, for {@code snapshots.export|import} and {@code roster
 * snapshot export|import}: a format name and version, where it came from, and its tables. The
 * version changes only when a reader of an older document could no longer understand it; a column
 * added later is optional in older documents.
 */
final class SnapshotDocument {
    static final String FORMAT = "roster-snapshot";
    static final int VERSION = 1;

    private SnapshotDocument() {}

    static ObjectNode write(long orgId, Snapshot snapshot, SnapshotState state) {
        ObjectNode document = Json.MAPPER.createObjectNode();
        document.put("format", FORMAT);
        document.put("version", VERSION);
        document.put("name", snapshot.name());
        document.put("dev_org", Ids.displayId(IdKind.DEV_ORG, orgId));
        document.put("created_date", Json.timestamp(snapshot.createdDate()));
        document.put("object_count", snapshot.objectCount());
        document.set("tables", state.toJson());
        return document;
    }

    /** The document's state, checked; {@code field} names the document in errors. */
    static SnapshotState read(ObjectNode document, String field) {
        JsonNode format = document.get("format");
        if (format != null && !FORMAT.equals(format.asText(null))) {
            throw ApiError.valueNotPermitted(field + ".format", "must be '" + FORMAT + "'").toException();
        }
        JsonNode version = document.get("version");
        if (version == null || version.isNull()) throw ApiError.missing(field + ".version").toException();
        if (!version.isIntegralNumber() || version.longValue() != VERSION) {
            throw ApiError.valueNotPermitted(field + ".version", "is " + cut(version.toString()) + "; this Roster reads "
                + "version " + VERSION).toException();
        }
        JsonNode tables = document.get("tables");
        if (tables == null || tables.isNull()) throw ApiError.missing(field + ".tables").toException();
        return SnapshotState.fromJson(tables, field + ".tables");
    }

    private static String cut(String text) { return text.length() > 32 ? text.substring(0, 32) + "..." : text; }
}
