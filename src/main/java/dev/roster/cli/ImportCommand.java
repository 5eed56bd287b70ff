package dev.roster.cli;

import dev.roster.bulk.ErrorLog;
import dev.roster.bulk.ImportListener;
import dev.roster.bulk.ImportMode;
import dev.roster.bulk.ImportState;
import dev.roster.bulk.ImportSummary;
import dev.roster.bulk.Importer;
import dev.roster.bulk.Progress;
import dev.roster.bulk.RowError;
import dev.roster.webhooks.DenyList;
import dev.roster.webhooks.WebhookSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/**
 * {@code roster import}: NDJSON (as {@code roster export} writes it, or each kind's create shape) into
 * a dev org, each line through the API's own operations and checks.
 */
@Command(name = "import", mixinStandardHelpOptions = true, showDefaultValues = true,
    description = "Import NDJSON from FILE (or standard input for '-') into a dev org. Bad lines are reported and skipped.")
public final class ImportCommand implements Callable<Integer> {
    @Option(names = "--mode", defaultValue = "create", paramLabel = "create|upsert",
        description = "create: objects whose natural key exists are skipped; upsert: they are updated.")
    String mode;

    @Option(names = "--errors", paramLabel = "FILE",
        description = "Where the lines not imported are reported (default: FILE.errors.ndjson, or import-errors.ndjson for '-').")
    Path errors;

    @Option(names = "--fail-fast", description = "Stop at the first bad line; the lines before it stay imported.")
    boolean failFast;

    @Option(names = "--dry-run", description = "Check every line and report, writing nothing.")
    boolean dryRun;

    @Option(names = "--resume", description = "Continue an import of FILE that stopped, after its last committed line.")
    boolean resume;

    @Option(names = "--emit-events", description = "Emit webhook events for the imported changes (not emitted by default).")
    boolean emitEvents;

    @Option(names = "--webhook-verify", defaultValue = "${env:ROSTER_WEBHOOK_VERIFY:-on}", converter = ServeCommand.OnOff.class,
        arity = "1", paramLabel = "on|off", description = "As the server's: on, imported webhooks are unverified until their "
            + "receivers answer the verify handshake, which the server sends; off, they are active at once (inactive ones stay "
            + "inactive). Env ROSTER_WEBHOOK_VERIFY.")
    boolean webhookVerify;

    @Option(names = "--webhook-deny", defaultValue = "${env:ROSTER_WEBHOOK_DENY:-}", paramLabel = "RANGES",
        description = "As the server's: address ranges imported webhooks' urls may not point to (CIDR, and 'private'). "
            + "Env ROSTER_WEBHOOK_DENY.")
    String webhookDeny;

    @Mixin
    BulkTarget target;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Importer.Options options = new Importer.Options(mode(), dryRun, failFast, emitEvents, webhooks());
        boolean stdin = target.isStandardStream();
        Path input = stdin ? null : Path.of(target.file).toAbsolutePath();
        if (!stdin && !Files.isRegularFile(input)) throw new CliFailure("no file " + target.file + " to import");
        Path statePath = stdin ? null : ImportState.next(input);
        ImportState state = startingState(statePath);
        Path errorsPath = errors != null ? errors : stdin ? Path.of("import-errors.ndjson")
            : input.resolveSibling(input.getFileName() + ".errors.ndjson");
        if (!resume) Files.deleteIfExists(errorsPath);
        ImportSummary summary;
        try (Interruption interruption = new Interruption();
             BufferedReader in = stdin ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(input);
             ErrorLog log = new ErrorLog(errorsPath, resume)) {
            try (Progress progress = Progress.to(System.err, stdin ? -1 : Lines.count(input), Lines.isTerminal())) {
                summary = target.storage.forLongWork().onExistingStore(services -> {
                    Importer importer = new Importer(services, options, listener(log, progress, dryRun ? null : statePath));
                    interruption.stops(importer);
                    return importer.run(target.devOrg(services), in, state.committedThrough(), state.fileIds());
                });
            }
            report(summary, errorsPath, statePath);
        }
        return summary.failed() > 0 || summary.stoppedEarly() ? 1 : 0;
    }

    /** Where a resumed import of the file stopped; the start otherwise. */
    private ImportState startingState(Path statePath) {
        if (!resume) return new ImportState(0, Map.of());
        if (statePath == null || dryRun) {
            throw new CliFailure("--resume continues an import of a file, not of " + (statePath == null ? "'-'" : "a dry run"));
        }
        return ImportState.read(statePath).orElseThrow(() -> new CliFailure("no stopped import of " + target.file
            + " to resume (" + statePath.getFileName() + " is missing)"));
    }

    private WebhookSettings webhooks() {
        try {
            return BulkTarget.webhooks().verify(webhookVerify).deny(DenyList.parse(webhookDeny)).build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--webhook-deny: " + e.getMessage());
        }
    }

    private ImportMode mode() {
        return switch (mode) {
            case "create" -> ImportMode.CREATE;
            case "upsert" -> ImportMode.UPSERT;
            default -> throw new ParameterException(spec.commandLine(), "--mode must be create or upsert, got '" + mode + "'");
        };
    }

    private static ImportListener listener(ErrorLog log, Progress progress, Path statePath) {
        return new ImportListener() {
            @Override
            public void failed(RowError error) { log.add(error); }

            @Override
            public void read(long line) { progress.at(line); }

            @Override
            public void committed(long line, Map<String, String> fileIds) {
                if (statePath != null) new ImportState(line, fileIds).write(statePath);
            }
        };
    }

    private void report(ImportSummary summary, Path errorsPath, Path statePath) throws IOException {
        System.out.println(summary.describe());
        if (summary.failed() > 0) System.out.println("the lines not imported, and why: " + errorsPath);
        if (statePath == null || dryRun) return;
        if (summary.stoppedEarly()) {
            System.out.println("to continue after line " + summary.committedThrough() + ": roster import --resume " + target.file);
        } else {
            Files.deleteIfExists(statePath);
        }
    }
}
