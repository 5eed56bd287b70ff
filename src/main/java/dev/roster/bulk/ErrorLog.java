package dev.roster.bulk;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.http.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The errors file of an import: one NDJSON line per line not imported, {@code {line, type, field,
 * reason}}. Created at the first error; a resumed import adds to it.
 */
public final class ErrorLog implements AutoCloseable {
    private final Path file;
    private final boolean append;
    private BufferedWriter out;
    private long count;

    public ErrorLog(Path file, boolean append) {
        this.file = file;
        this.append = append;
    }

    public Path file() { return file; }

    public long count() { return count; }

    public void add(RowError error) {
        ObjectNode line = Json.MAPPER.createObjectNode().put("line", error.line());
        if (error.type() != null) line.put("type", error.type());
        if (error.field() != null) line.put("field", error.field());
        line.put("reason", error.reason());
        try {
            if (out == null) {
                out = append ? Files.newBufferedWriter(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
                    : Files.newBufferedWriter(file);
            }
            out.write(Json.MAPPER.writeValueAsString(line));
            out.newLine();
            // Each error reaches the file at once: an interrupted import leaves them all.
            out.flush();
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the errors file " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (out == null) return;
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
