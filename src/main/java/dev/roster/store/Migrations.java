package dev.roster.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import javax.sql.DataSource;

/**
 * This build's schema migrations, and whether a store has applied exactly these already. On a store
 * that needs nothing, Flyway's own check (mostly loading its classes) was the longest part of a
 * start. Anything unexpected, in the build or in the store's history, answers "no" and leaves the
 * decision to Flyway, which migrates, validates and explains as before.
 */
final class Migrations {
    static final String LOCATION = "db/migration";
    /** Flyway's versioned SQL migrations, the only kind Roster has: {@code V<version>__<description>.sql}. */
    private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9._]*)__[^/]+\\.sql");

    private Migrations() {}

    /** One applied or bundled migration, as Flyway's history table records it. */
    record Applied(String version, String script, int checksum) {}

    /** True when the store's Flyway history lists every bundled migration, unchanged and successful, and nothing else. */
    static boolean allApplied(DataSource store) {
        Optional<Set<Applied>> bundled = bundled();
        if (bundled.isEmpty()) return false;
        try (Connection connection = store.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                 "select version, script, checksum, success, type from flyway_schema_history")) {
            Set<Applied> applied = new HashSet<>();
            while (rows.next()) {
                // The row Flyway adds when it created the schema itself (PostgreSQL) is no migration.
                if ("SCHEMA".equals(rows.getString("type"))) continue;
                if (!rows.getBoolean("success") || !"SQL".equals(rows.getString("type"))) return false;
                int checksum = rows.getInt("checksum");
                if (rows.wasNull()) return false;
                applied.add(new Applied(rows.getString("version"), rows.getString("script"), checksum));
            }
            return applied.equals(bundled.get());
        } catch (SQLException e) {
            // No history table yet (a new store), or one Flyway must look at: it decides.
            return false;
        }
    }

    /** The bundled migrations, or empty when there is anything Flyway would read differently. */
    static Optional<Set<Applied>> bundled() {
        List<String> names = scriptNames();
        if (names.isEmpty()) return Optional.empty();
        Set<Applied> bundled = new HashSet<>();
        for (String name : names) {
            String file = name.substring(name.lastIndexOf('/') + 1);
            var matcher = VERSIONED.matcher(file);
            if (!matcher.matches()) return Optional.empty();
            bundled.add(new Applied(matcher.group(1).replace('_', '.'), file, checksum(LOCATION + "/" + name)));
        }
        return Optional.of(bundled);
    }

    /**
     * Paths below {@link #LOCATION} of every file there, in the jar or on disk; empty if the place is
     * unknown or the class path holds more than one (Flyway reads them all).
     */
    private static List<String> scriptNames() {
        try {
            List<URL> places = Collections.list(Migrations.class.getClassLoader().getResources(LOCATION));
            if (places.size() != 1) return List.of();
            URL url = places.get(0);
            return switch (url.getProtocol()) {
                case "jar" -> inJar((JarURLConnection) url.openConnection());
                case "file" -> onDisk(Path.of(url.toURI()));
                default -> List.of();
            };
        } catch (IOException | URISyntaxException e) {
            return List.of();
        }
    }

    private static List<String> inJar(JarURLConnection connection) throws IOException {
        String prefix = LOCATION + "/";
        List<String> names = new ArrayList<>();
        var entries = connection.getJarFile().entries();
        while (entries.hasMoreElements()) {
            var entry = entries.nextElement();
            if (!entry.isDirectory() && entry.getName().startsWith(prefix)) names.add(entry.getName().substring(prefix.length()));
        }
        return names;
    }

    private static List<String> onDisk(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString().replace('\\', '/')).toList();
        }
    }

    /** Flyway's checksum of a script: CRC-32 over its lines' UTF-8 bytes, without line breaks or a byte-order mark. */
    static int checksum(String resource) {
        CRC32 crc = new CRC32();
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(resource);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 4096)) {
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.startsWith("\uFEFF")) line = line.substring(1);
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (int) crc.getValue();
    }
}
