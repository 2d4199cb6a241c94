package io.github.ismshandbook.isms.serve;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class SiteHandlerTest {

    private static final String TAG = "<script src=\"/__isms/livereload.js\" defer></script>";

    @Test
    void theScriptGoesBeforeTheLastClosingBody() {
        assertThat(inject("<html><body><p>x</p></body></html>\n"))
                .isEqualTo("<html><body><p>x</p>" + TAG + "</body></html>\n");
        assertThat(inject("<pre>&lt;/body&gt;</body></BODY>")).isEqualTo("<pre>&lt;/body&gt;</body>" + TAG + "</BODY>");
        assertThat(inject("<p>gr\u00fc\u00df</p></Body>")).isEqualTo("<p>gr\u00fc\u00df</p>" + TAG + "</Body>");
    }

    @Test
    void withoutABodyEndTheScriptIsAppended() {
        assertThat(inject("<p>fragment")).isEqualTo("<p>fragment" + TAG);
        assertThat(inject("")).isEqualTo(TAG);
    }

    @Test
    void contentTypesByExtension() {
        assertThat(ContentTypes.of("index.html")).isEqualTo("text/html; charset=utf-8");
        assertThat(ContentTypes.of("style.CSS")).isEqualTo("text/css; charset=utf-8");
        assertThat(ContentTypes.of("search-index.json")).isEqualTo("application/json");
        assertThat(ContentTypes.of("reviews.ics")).isEqualTo("text/calendar; charset=utf-8");
        assertThat(ContentTypes.of("logo.svg")).isEqualTo("image/svg+xml");
        assertThat(ContentTypes.of("handbook.pdf")).isEqualTo("application/pdf");
        assertThat(ContentTypes.of("README")).isEqualTo("application/octet-stream");
    }

    private static String inject(String html) {
        return new String(SiteHandler.withScript(html.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }
}
