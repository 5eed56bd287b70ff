package dev.roster.ui;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The admin page as a person uses it: controls found by their label, buttons and links by their
 * name, as Playwright's getByLabel and getByRole do. A control without a label cannot be found, so
 * the tests keep the page accessible. Every step waits for its condition, never for a time.
 */
final class AdminPage {
    /** How long any one condition may take: generous, for a busy two-core machine. */
    static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Browser browser;
    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String baseUrl;

    private AdminPage(Browser browser, String baseUrl) {
        this.browser = browser;
        this.driver = browser.driver();
        this.baseUrl = baseUrl;
        this.wait = new WebDriverWait(driver, PATIENCE);
        wait.ignoring(StaleElementReferenceException.class);
    }

    /** The page, with nothing in the tab's session storage: signed out. */
    static AdminPage open(Browser browser, String baseUrl) {
        AdminPage page = new AdminPage(browser, baseUrl);
        page.driver.manage().window().setSize(Browser.WIDE);
        page.driver.get(baseUrl + "/health");
        page.js("sessionStorage.clear()");
        page.driver.get(baseUrl + "/_roster/ui/");
        page.expectHeading("Sign in");
        return page;
    }

    AdminPage signIn(String token) {
        fill("Token", token);
        click("Sign in");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-out")));
        // Signing in lands on the dev users; a test's next step must not race that view's drawing.
        return expectHeading("Dev users").settled();
    }

    /** Moves to a view by its address after '#', as a bookmark would. */
    AdminPage go(String hash) {
        // The same address again draws the view again, as the page's own links do.
        js("""
            if (location.hash === arguments[0]) window.dispatchEvent(new HashChangeEvent('hashchange'));
            else location.hash = arguments[0];""", hash);
        return this;
    }

    String url() { return driver.getCurrentUrl(); }

    String baseUrl() { return baseUrl; }

    WebDriver driver() { return driver; }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The control whose label reads {@code label} (its own text, before any hint or required mark). */
    WebElement field(String label) {
        By byLabel = By.xpath("//label[normalize-space(text()[1])=" + quote(label) + "]");
        return wait.until(d -> {
            WebElement found = d.findElement(byLabel);
            WebElement control = d.findElement(By.id(found.getDomAttribute("for")));
            return control.isDisplayed() ? control : null;
        });
    }

    AdminPage fill(String label, String text) {
        WebElement control = field(label);
        control.clear();
        control.sendKeys(text);
        return this;
    }

    AdminPage choose(String label, String option) {
        new Select(field(label)).selectByVisibleText(option);
        return this;
    }

    /** Takes {@code option} out of the choices of a control that holds several. */
    AdminPage unchoose(String label, String option) {
        new Select(field(label)).deselectByVisibleText(option);
        return this;
    }

    /** Clicks the button whose name (its text, or its aria-label) is {@code name}, once it can be clicked. */
    AdminPage click(String name) {
        By button = By.xpath("//button[normalize-space(.)=" + quote(name) + " or @aria-label=" + quote(name) + "]");
        wait.until(ExpectedConditions.elementToBeClickable(button)).click();
        return this;
    }

    /** Clicks a button that leads to another view, and waits until the view it leaves is gone. */
    AdminPage submit(String name) {
        return leaving(() -> click(name));
    }

    /** Follows a link to another view, and waits until the view it leaves is gone. */
    AdminPage navigate(String name) {
        return leaving(() -> follow(name));
    }

    private AdminPage leaving(Runnable action) {
        WebElement heading = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h1")));
        action.run();
        wait.until(ExpectedConditions.stalenessOf(heading));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h1")));
        return this;
    }

    /** Goes to a view by its address and waits until it has drawn. */
    AdminPage visit(String hash) {
        return leaving(() -> go(hash)).settled();
    }

    AdminPage follow(String name) {
        By link = By.xpath("//a[normalize-space(.)=" + quote(name) + " or @aria-label=" + quote(name) + "]");
        wait.until(ExpectedConditions.elementToBeClickable(link)).click();
        return this;
    }

    AdminPage expectHeading(String text) {
        wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), text));
        return this;
    }

    /** Waits until the page shows {@code text}. */
    AdminPage expectText(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
        return this;
    }

    AdminPage expectNoText(String text) {
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text)));
        return this;
    }

    /** Waits until no part of the page is still loading. */
    AdminPage settled() {
        expectNoText("Loading…");
        return this;
    }

    /** The error shown at the control labelled {@code label}, once there is one. */
    String errorAt(String label) {
        WebElement control = field(label);
        WebElement message = driver.findElement(By.id(control.getDomAttribute("aria-describedby")));
        wait.until(d -> !message.getText().isBlank());
        return message.getText();
    }

    /** The error a form shows for itself, not at one of its fields, once there is one. */
    String formError() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main .form-status .notice.error"))).getText();
    }

    /** The IDs in the first column of the list on the page, once it has loaded. */
    List<String> listedIds() {
        wait.until(ExpectedConditions.or(
            ExpectedConditions.presenceOfElementLocated(By.cssSelector("main table tbody")),
            ExpectedConditions.presenceOfElementLocated(By.cssSelector("main .results .empty"))));
        return driver.findElements(By.cssSelector("main table tbody th a")).stream().map(WebElement::getText).toList();
    }

    /** The names of the form controls on the page that have no label: there should be none. */
    @SuppressWarnings("unchecked")
    List<String> unlabelledControls() {
        return (List<String>) js("""
            return [...document.querySelectorAll('input, select, textarea, button')]
              .filter((e) => e.type !== 'hidden')
              .filter((e) => e.labels.length === 0 && !e.getAttribute('aria-label') && !e.textContent.trim())
              .map((e) => e.outerHTML.slice(0, 80));""");
    }

    /** Presses Tab until the focused element's accessible text is {@code name}; fails past {@code max} presses. */
    AdminPage tabTo(String name, int max) {
        for (int i = 0; i < max; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            if (name.equals(js("""
                const e = document.activeElement;
                return e.labels && e.labels.length ? e.labels[0].childNodes[0].textContent.trim()
                  : (e.getAttribute('aria-label') || e.textContent.trim());"""))) {
                return this;
            }
        }
        throw new AssertionError("Tab never reached " + name + " in " + max + " presses");
    }

    /** Types into whatever has focus, as a keyboard does. */
    AdminPage type(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        return this;
    }

    /** Presses keys that lead to another view (Enter on a link or in a form), and waits until it has replaced this one. */
    AdminPage pressToNewView(CharSequence... keys) {
        return leaving(() -> type(keys));
    }

    AdminPage narrow() {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        return this;
    }

    AdminPage screenshot(String name) {
        browser.screenshot(name);
        return this;
    }

    private static String quote(String text) {
        if (!text.contains("'")) return "'" + text + "'";
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
