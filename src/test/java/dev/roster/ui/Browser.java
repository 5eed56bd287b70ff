package dev.roster.ui;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium driven through Debian's chromedriver, one per test run. Outside CI a machine
 * without Chromium skips the browser tests, saying why; in CI (CI=true) their absence is a failure,
 * since .ci/run installs them.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getProperty("roster.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("roster.chromedriver", "/usr/bin/chromedriver"));
    static final Dimension WIDE = new Dimension(1280, 1000);
    // A test run writes its screenshots under target/, never over the committed ones the README shows:
    // copy them to docs/screenshots/ when the page changes (see the README's "The admin page").
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    // Selenium warns at every start that it has no DevTools support for Debian's Chromium version; the
    // tests use WebDriver alone. Held here, since java.util.logging keeps its loggers only weakly.
    private static final Logger SELENIUM = Logger.getLogger("org.openqa.selenium");

    static {
        SELENIUM.setLevel(Level.SEVERE);
    }

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Skips the calling test unless Chromium and its driver are installed; fails instead in CI. */
    static void requireChromium() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (installed) return;
        String missing = "Chromium (" + CHROMIUM + ") or chromedriver (" + CHROMEDRIVER + ") is not installed";
        if ("true".equals(System.getenv("CI"))) fail(missing + "; .ci/run installs them (apt-get install -y chromium chromium-driver)");
        assumeTrue(false, missing + ": the admin page's browser tests are skipped (apt-get install -y chromium chromium-driver)");
    }

    static Browser start() {
        requireChromium();
        Path profile = tempProfile();
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .withLogOutput(java.io.OutputStream.nullOutputStream())
            .build();
        // The flags keep a headless root Chromium from reaching out to the network on its own: on a
        // closed network those connections are refused, and the browser must not wait for them.
        ChromeOptions options = new ChromeOptions()
            .setBinary(CHROMIUM.toFile())
            .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--lang=en-US");
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(WIDE);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120)).scriptTimeout(Duration.ofSeconds(120));
        return new Browser(driver, profile);
    }

    private static Path tempProfile() {
        try {
            return Files.createTempDirectory("roster-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ChromeDriver driver() { return driver; }

    /** Saves what the window shows as target/screenshots/{@code name}.png. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        deleteQuietly(profile.toFile());
    }

    private static void deleteQuietly(File file) {
        File[] children = file.listFiles();
        if (children != null) for (File child : children) deleteQuietly(child);
        file.delete();
    }
}
