package dev.roster.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** One file of the admin page, read from the jar: its bytes, its content type and an entity tag. */
record UiAsset(byte[] bytes, String contentType, String etag) {
    private static final Map<String, String> TYPES = Map.of(
        "html", "text/html; charset=utf-8",
        "js", "text/javascript; charset=utf-8",
        "css", "text/css; charset=utf-8",
        "svg", "image/svg+xml",
        "png", "image/png",
        "ico", "image/x-icon",
        "json", "application/json");
    /** Lower-case names in lower-case folders: nothing that could climb out of {@code /ui/} or name a class file. */
    private static final Pattern NAME = Pattern.compile("(?:[a-z0-9][a-z0-9_-]*/)*[a-z0-9][a-z0-9_.-]*\\.([a-z]+)");

    /** The file at {@code path} under {@code /ui/}, when it exists and has a type the page serves. */
    static Optional<UiAsset> load(String path) {
        var name = NAME.matcher(path);
        if (!name.matches() || path.contains("..")) return Optional.empty();
        String type = TYPES.get(name.group(1));
        if (type == null) return Optional.empty();
        try (InputStream in = UiAsset.class.getResourceAsStream("/ui/" + path)) {
            if (in == null) return Optional.empty();
            byte[] bytes = in.readAllBytes();
            return Optional.of(new UiAsset(bytes, type, etagOf(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String etagOf(byte[] bytes) {
        try {
            return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
