package io.github.ismshandbook.isms.site;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example handbook served by a local web server and a headless Chromium window of a given size: what the
 * browser tests that read the example open before their tests and close after them.
 */
final class ExampleInBrowser implements AutoCloseable {

    private final StaticServer server;
    private final Browser browser;

    private ExampleInBrowser(StaticServer server, Browser browser) {
        this.server = server;
        this.browser = browser;
    }

    static ExampleInBrowser open(int width, int height) throws IOException {
        assertThat(Browser.isAvailable()).as("Debian's chromium and chromium-driver are installed (see .ci/run)").isTrue();
        StaticServer server = new StaticServer(ExampleSite.directory());
        try {
            return new ExampleInBrowser(server, new Browser(width, height));
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    StaticServer server() {
        return server;
    }

    Browser browser() {
        return browser;
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            server.close();
        }
    }
}
