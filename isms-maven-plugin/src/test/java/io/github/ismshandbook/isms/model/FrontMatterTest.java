package io.github.ismshandbook.isms.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FrontMatterTest {

    private static FrontMatter of(DocumentType type, DocumentStatus status) {
        return new FrontMatter("POL-1", "Title", "CISO", "1.0", null, null, null, type, status, null, null, null,
                "internal", List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of(), List.of(),
                Map.of());
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
