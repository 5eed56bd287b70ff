package dev.roster;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The jar's entry point. It is compiled for Java 8 (the rest of Roster needs 21), so that any JVM
 * can run it and say what is wrong instead of failing with UnsupportedClassVersionError. On Java 21
 * or newer it runs Roster. On an older one, when JAVA_HOME names a JDK 21+ (what the build's own
 * advice says to set), it runs Roster there, so that `java -jar` works whatever `java` is first on
 * PATH; otherwise it says in one line what to do.
 */
public final class Launcher {
    private static final int REQUIRED = 21;

    private Launcher() {}

    public static void main(String[] args) throws Throwable {
        int running = feature(System.getProperty("java.specification.version"));
        if (running >= REQUIRED) {
            try {
                Class.forName("dev.roster.Main").getMethod("main", String[].class).invoke(null, (Object) args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            return;
        }
        String javaHome = System.getenv("JAVA_HOME");
        if (javaHome != null && !javaHome.isEmpty() && releaseOf(new File(javaHome)) >= REQUIRED) {
            System.exit(runUnder(new File(new File(javaHome, "bin"), "java"), args));
        }
        System.err.println("roster: Roster needs Java " + REQUIRED + " or newer, but this is Java " + running + " ("
            + System.getProperty("java.home") + "). " + advice(javaHome));
        System.exit(1);
    }

    private static String advice(String javaHome) {
        String found = newestJdk();
        String set = "Set JAVA_HOME to a JDK " + REQUIRED + "+" + (found == null ? "" : " (such as " + found + ")")
            + " and run the same command again.";
        if (javaHome != null && !javaHome.isEmpty()) return "JAVA_HOME (" + javaHome + ") is older too. " + set;
        return set;
    }

    /** Runs Roster under another JVM with the same JVM options and arguments, passing on a stop signal and the exit code. */
    private static int runUnder(File java, String[] args) throws IOException, InterruptedException {
        String jar = new File(Launcher.class.getProtectionDomain().getCodeSource().getLocation().getPath()).getPath();
        List<String> command = new ArrayList<>();
        command.add(java.getPath());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(Arrays.asList("-cp", jar, "dev.roster.Main"));
        command.addAll(Arrays.asList(args));
        final Process child = new ProcessBuilder(command).inheritIO().start();
        // SIGTERM or SIGINT to this JVM runs its shutdown hooks: pass the stop on and wait for the drain.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            child.destroy();
            try {
                child.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        return child.waitFor();
    }

    /** The newest JDK 21+ under /usr/lib/jvm, or null. */
    private static String newestJdk() {
        File[] candidates = new File("/usr/lib/jvm").listFiles();
        if (candidates == null) return null;
        String best = null;
        int bestRelease = 0;
        for (File candidate : candidates) {
            int release = releaseOf(candidate);
            if (release >= REQUIRED && release > bestRelease && new File(new File(candidate, "bin"), "java").canExecute()) {
                best = candidate.getPath();
                bestRelease = release;
            }
        }
        return best;
    }

    /** The feature release a JDK folder's {@code release} file states, or 0. */
    private static int releaseOf(File home) {
        File release = new File(home, "release");
        if (!release.isFile()) return 0;
        Properties properties = new Properties();
        try (InputStream in = new FileInputStream(release)) {
            properties.load(in);
        } catch (IOException e) {
            return 0;
        }
        String version = properties.getProperty("JAVA_VERSION", "").replace("\"", "");
        return version.isEmpty() ? 0 : feature(version);
    }

    /** 8 for "1.8" or "1.8.0_402", 17 for "17" or "17.0.15". */
    private static int feature(String version) {
        String[] parts = version.split("[._+-]");
        try {
            int first = Integer.parseInt(parts[0]);
            return first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
