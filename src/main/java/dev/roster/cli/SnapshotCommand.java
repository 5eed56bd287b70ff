package dev.roster.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.http.Json;
import dev.roster.server.Services;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code roster snapshot export|import}: what {@code /_roster/snapshots.export|import} do, on the
 * store directly and without the 1 MiB cap on request bodies.
 */
@Command(name = "snapshot", mixinStandardHelpOptions = true, description = "Export or import a dev org's snapshots.",
    subcommands = {SnapshotCommand.Export.class, SnapshotCommand.Import.class})
public final class SnapshotCommand {
    /** What both commands take: the dev org, the snapshot's name, a file, and the store. */
    static final class Target {
        @Option(names = "--dev-org", description = "The dev org: DEV-<n> or its DON (default: the first).")
        String devOrg;

        @Parameters(index = "0", description = "The snapshot's name.")
        String name;

        @Parameters(index = "1", description = "The document's file, or - for standard output (export) or input (import).")
        String file;

        @Mixin
        StorageOptions storage;

        /** The dev org the option names, or the default (first) one. */
        long devOrg(Services services) {
            return BulkTarget.devOrg(devOrg, services);
        }

        boolean isStandardStream() { return file.equals("-"); }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a snapshot as one JSON document to FILE, or to standard output for '-'.")
    static final class Export implements Callable<Integer> {
        @Mixin
        Target target;

        @Override
        public Integer call() throws IOException {
            ObjectNode document = target.storage.onExistingStore(services ->
                services.snapshots().export(target.devOrg(services), target.name));
            if (target.isStandardStream()) {
                System.out.println(Json.MAPPER.writeValueAsString(document));
            } else {
                try (OutputStream out = Files.newOutputStream(Path.of(target.file))) {
                    Json.MAPPER.writeValue(out, document);
                }
            }
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
        description = "Store a document from FILE (or standard input for '-') as a snapshot, to be restored in the dev org.")
    static final class Import implements Callable<Integer> {
        @Mixin
        Target target;

        @Override
        public Integer call() {
            ObjectNode document = read();
            long objects = target.storage.onExistingStore(services ->
                services.snapshots().importDocument(target.devOrg(services), target.name, document));
            System.out.println("imported " + target.name + " (" + objects + " objects)");
            return 0;
        }

        private ObjectNode read() {
            JsonNode document;
            try (InputStream in = target.isStandardStream() ? System.in : Files.newInputStream(Path.of(target.file))) {
                document = Json.MAPPER.readTree(in);
            } catch (IOException e) {
                throw new CliFailure("cannot read a JSON document from " + target.file + ": " + e.getMessage(), e);
            }
            if (!(document instanceof ObjectNode object)) throw new CliFailure(target.file + " holds no JSON object");
            return object;
        }
    }
}
