package io.github.ismshandbook.isms.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CompressedTextsTest {

    private final CompressedTexts texts = new CompressedTexts();

    @Test
    void givesBackWhatWasKept() {
        String html = "<p>Zugriff für Ärzte — “quoted” 🔐</p>\n".repeat(2_000);
        texts.put("policies/a.md", html);
        texts.put("policies/empty.md", "");
        assertThat(texts.get("policies/a.md")).isEqualTo(html);
        assertThat(texts.get("policies/empty.md")).isEmpty();
    }

    @Test
    void anUnknownDocumentHasNoText() {
        assertThat(texts.get("policies/missing.md")).isEmpty();
    }

    @Test
    void aNewTextReplacesTheOld() {
        texts.put("a.md", "old");
        texts.put("a.md", "new");
        assertThat(texts.get("a.md")).isEqualTo("new");
    }
}
