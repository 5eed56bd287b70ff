package dev.roster.cli;

import dev.roster.bulk.BulkKind;
import dev.roster.bulk.Exporter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code roster export}: a dev org's directory as NDJSON, from one snapshot of the store. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write a dev org's objects as NDJSON (one object a line, as the API shows it, with its type) to FILE, "
        + "or to standard output for '-'.")
public final class ExportCommand implements Callable<Integer> {
    @Option(names = "--kinds", split = ",", paramLabel = "KIND",
        description = "Only these kinds: dev_user, tag, account, rev_org, rev_user (with its associations), group (with "
            + "its members), webhook. Default: all.")
    List<String> kinds;

    @Option(names = "--include-secrets", description = "Write webhooks' secrets (left out by default: a file travels further "
        + "than a store).")
    boolean includeSecrets;

    @Mixin
    BulkTarget target;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Set<BulkKind> chosen = chosenKinds();
        long lines;
        if (target.isStandardStream()) {
            lines = export(chosen, System.out);
            System.out.flush();
        } else {
            // Written aside and moved into place whole: a failed export leaves no half file under the name.
            Path file = Path.of(target.file).toAbsolutePath();
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            try (OutputStream out = Files.newOutputStream(partial)) {
                lines = export(chosen, out);
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        System.err.println("exported " + lines + " lines");
        return 0;
    }

    private long export(Set<BulkKind> chosen, OutputStream out) {
        return target.storage.forLongWork().onExistingStore(services ->
            new Exporter(services, BulkTarget.webhooks().build(), includeSecrets).export(target.devOrg(services), chosen, out));
    }

    private Set<BulkKind> chosenKinds() {
        if (kinds == null || kinds.isEmpty()) return BulkKind.all();
        Set<BulkKind> chosen = EnumSet.noneOf(BulkKind.class);
        for (String kind : kinds) {
            chosen.add(BulkKind.ofWire(kind.trim()).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "--kinds: unknown kind '" + kind + "'; the kinds are " + String.join(", ", BulkKind.wires()))));
        }
        return chosen;
    }
}
