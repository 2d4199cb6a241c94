package io.github.ismshandbook.isms.model;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FrontMatterTest {

    private static FrontMatter of(DocumentType type, DocumentStatus status) {
        Map<FrontMatterKey, Object> values = new HashMap<>(Map.of(FrontMatterKeys.ID, "POL-1",
                FrontMatterKeys.TITLE, "Title", FrontMatterKeys.OWNER, "CISO", FrontMatterKeys.VERSION, "1.0"));
        values.put(FrontMatterKeys.TYPE, type);
        values.put(FrontMatterKeys.STATUS, status);
        return FrontMatterKeys.frontMatter(values, Map.of());
    }

    @Test
    void aDocumentThatNamesNoTypeOrStatusIsAnApprovedPolicy() {
        FrontMatter fm = of(null, null);

        assertThat(fm.type()).isEqualTo(FrontMatter.DEFAULT_TYPE).isEqualTo(DocumentType.POLICY);
        assertThat(fm.status()).isEqualTo(FrontMatter.DEFAULT_STATUS).isEqualTo(DocumentStatus.APPROVED);
    }

    @Test
    void aNamedTypeAndStatusAreKept() {
        FrontMatter fm = of(DocumentType.PROCEDURE, DocumentStatus.DRAFT);

        assertThat(fm.type()).isEqualTo(DocumentType.PROCEDURE);
        assertThat(fm.status()).isEqualTo(DocumentStatus.DRAFT);
    }
}
