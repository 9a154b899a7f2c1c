package com.sponsorship.web;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium. The binaries are named explicitly so that
 * Selenium Manager never tries to download a browser or driver.
 */
final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final String base;

    /** A phone-sized window, 390 by 844 px. */
    Browser(int port) {
        this(port, 390, 844);
    }

    Browser(int port, int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        this.base = "http://localhost:" + port;
    }

    void open(String path) {
        driver.get(base + path);
    }

    void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Date inputs take keyboard input in the browser's locale format; set the ISO value directly. */
    void setDate(String id, String isoDate) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id(id)), isoDate);
    }

    void choose(String id, String visibleText) {
        new Select(driver.findElement(By.id(id))).selectByVisibleText(visibleText);
    }

    void submit(String buttonText) {
        clickAndWait(driver.findElement(By.xpath("//button[normalize-space()='" + buttonText + "']")));
    }

    /** Presses a button whose form asks first, and answers the browser's question. */
    void submitAnswering(String buttonText, boolean confirm) {
        WebElement button = driver.findElement(By.xpath("//button[normalize-space()='" + buttonText + "']"));
        if (confirm) {
            clickAndWait(button, () -> driver.switchTo().alert().accept());
        } else {
            scrollTo(button);
            button.click();
            driver.switchTo().alert().dismiss();
        }
    }

    /** In the table row that shows {@code rowText}, fills the row's reason field and presses its button. */
    void submitInRow(String rowText, String reason, String buttonText) {
        WebElement row = driver.findElement(By.xpath("//tr[td[normalize-space()='" + rowText + "']]"));
        WebElement field = row.findElement(By.name("reason"));
        field.sendKeys(reason);
        clickAndWait(row.findElement(By.xpath(".//button[normalize-space()='" + buttonText + "']")));
    }

    /** In the table row that shows {@code rowText}, clicks the link with {@code linkText} and waits for the next page. */
    void followInRow(String rowText, String linkText) {
        WebElement row = driver.findElement(By.xpath("//tr[td[normalize-space()='" + rowText + "']]"));
        clickAndWait(row.findElement(By.linkText(linkText)));
    }

    /** Clicks a link by its text and waits for the next page. */
    void follow(String linkText) {
        clickAndWait(driver.findElement(By.linkText(linkText)));
    }

    private void clickAndWait(WebElement target) {
        clickAndWait(target, () -> { });
    }

    private void clickAndWait(WebElement target, Runnable afterClick) {
        scrollTo(target);
        // the marker lives only in the current document: its absence means the next page has loaded
        ((JavascriptExecutor) driver).executeScript("window.leftForNextPage = true");
        target.click();
        afterClick.run();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return window.leftForNextPage === undefined && document.readyState === 'complete'")));
    }

    /** Bootstrap scrolls smoothly; jump instead, so the click lands where the element is. */
    private void scrollTo(WebElement target) {
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", target);
    }

    /**
     * Waits until the element's text no longer contains {@code text}, and tells whether that happened
     * in the page as loaded, without a reload or a new page.
     */
    boolean changesInPlace(String cssSelector, String text) {
        ((JavascriptExecutor) driver).executeScript("window.stillThisPage = true");
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(WebDriverException.class)
                .until(d -> !d.findElement(By.cssSelector(cssSelector)).getText().contains(text));
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("return window.stillThisPage === true"));
    }

    boolean hasButton(String buttonText) {
        return !driver.findElements(By.xpath("//button[normalize-space()='" + buttonText + "']")).isEmpty();
    }

    /** Signs out if needed, then in, and lands on the account's dashboard. */
    void signIn(String email, String password) {
        open("/login");
        if (hasButton("Sign out")) {
            openMenu();
            submit("Sign out");
            open("/login");
        }
        type("email", email);
        type("password", password);
        submit("Sign in");
    }

    /** On a narrow window the navigation is folded behind the menu button: unfolds it and waits until it is open. */
    void openMenu() {
        WebElement toggler = driver.findElement(By.cssSelector(".navbar-toggler"));
        if (toggler.isDisplayed() && !"true".equals(toggler.getAttribute("aria-expanded"))) {
            toggler.click();
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                    .executeScript("return document.querySelector('#main-menu.collapse.show') !== null")));
        }
    }

    boolean isDisplayed(String cssSelector) {
        return element(cssSelector).isDisplayed();
    }

    /** The elements that stick out to the right of the window, so the page scrolls sideways; empty when it does not. */
    @SuppressWarnings("unchecked")
    List<String> sideways() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "if (document.documentElement.scrollWidth <= window.innerWidth) return [];"
                        + " return [...document.body.querySelectorAll('*')]"
                        + ".filter(e => e.getBoundingClientRect().right > window.innerWidth && !inScroller(e))"
                        + ".map(e => e.tagName + '.' + e.className + ' ends at ' + Math.round(e.getBoundingClientRect().right))"
                        + ".slice(0, 5).concat(['page ' + document.documentElement.scrollWidth + ' px wide']);"
                        // what a scrolling box (a .table-responsive) clips does not widen the page;
                        // an absolutely positioned element may escape it, so it is always reported
                        + " function inScroller(e) {"
                        + "   if (['absolute', 'fixed'].includes(getComputedStyle(e).position)) return false;"
                        + "   for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {"
                        + "     if (getComputedStyle(p).overflowX !== 'visible') return true;"
                        + "   }"
                        + "   return false;"
                        + " }");
    }

    /** What axe-core (the copy bundled with its Selenium binding) finds wrong with the page, rule by rule. */
    List<Rule> accessibilityViolations() {
        Results results = new AxeBuilder().analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core failed on " + path() + ": " + results.getErrorMessage());
        }
        return results.getViolations();
    }

    long height(String cssSelector) {
        return Math.round(driver.findElement(By.cssSelector(cssSelector)).getRect().getHeight());
    }

    /** Every chart image on the page has loaded as a real picture. */
    boolean imagesLoaded(String cssSelector) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "const images = [...document.querySelectorAll(arguments[0])];"
                        + " return images.length > 0 && images.every(i => i.complete && i.naturalWidth > 0);",
                cssSelector));
    }

    int count(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector)).size();
    }

    WebElement element(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector));
    }

    String text(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector)).getText();
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    String title() {
        return driver.getTitle();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
