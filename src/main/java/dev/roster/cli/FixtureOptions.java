package dev.roster.cli;

import dev.roster.fixtures.FixtureException;
import dev.roster.fixtures.Fixtures;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the fixtures are: shared by the commands that apply them. */
final class FixtureOptions {
    @Option(names = "--fixtures", defaultValue = "${env:ROSTER_FIXTURES}",
        description = "Folder of fixtures to load: every *.yaml, *.yml and *.json in it, each named after its file without "
            + "the extension. Env ROSTER_FIXTURES.")
    Path folder;

    /** The fixtures of the folder, none without one; a file that cannot be loaded stops the command, naming it and the line. */
    Fixtures load() {
        if (folder == null) return Fixtures.none();
        try {
            return Fixtures.load(folder);
        } catch (FixtureException e) {
            throw new CliFailure(e.getMessage(), e);
        }
    }
}
