package dev.roster.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.http.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where an import of a file stands, in a small file next to it ({@code FILE.import-state}): the last
 * line committed and the file ids an import needs to resolve later lines. Written after each commit,
 * by replacing the file whole; deleted once the import reaches the end.
 */
public record ImportState(long committedThrough, Map<String, String> fileIds) {
    public static Path next(Path input) {
        return input.resolveSibling(input.getFileName() + ".import-state");
    }

    public static Optional<ImportState> read(Path file) {
        if (!Files.exists(file)) return Optional.empty();
        try {
            JsonNode state = Json.MAPPER.readTree(file.toFile());
            Map<String, String> ids = new HashMap<>();
            state.path("file_ids").properties().forEach(e -> ids.put(e.getKey(), e.getValue().asText()));
            return Optional.of(new ImportState(state.path("committed_through").asLong(), ids));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public void write(Path file) {
        ObjectNode state = Json.MAPPER.createObjectNode().put("committed_through", committedThrough);
        ObjectNode ids = state.putObject("file_ids");
        fileIds.forEach(ids::put);
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            Json.MAPPER.writeValue(partial.toFile(), state);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
