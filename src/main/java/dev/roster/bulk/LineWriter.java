package dev.roster.bulk;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.http.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** Writes NDJSON: one object a line, {@code type} first, streamed through one generator. */
final class LineWriter implements AutoCloseable {
    private final JsonGenerator json;
    private long lines;

    LineWriter(OutputStream out) {
        try {
            json = Json.MAPPER.getFactory().createGenerator(out).setRootValueSeparator(null)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code object} as a line of {@code type}: its fields follow the type's. */
    void write(String type, ObjectNode object) {
        ObjectNode line = Json.MAPPER.createObjectNode().put("type", type);
        object.properties().forEach(field -> {
            if (!field.getKey().equals("type")) line.set(field.getKey(), field.getValue());
        });
        write(line);
    }

    void write(JsonNode line) {
        try {
            Json.MAPPER.writeTree(json, line);
            json.writeRaw('\n');
            lines++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long lines() { return lines; }

    @Override
    public void close() {
        try {
            json.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
