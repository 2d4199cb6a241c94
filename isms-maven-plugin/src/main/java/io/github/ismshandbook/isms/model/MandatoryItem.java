package io.github.ismshandbook.isms.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An item of documented information that a standard requires, e.g. {@code 6.1.3 d Statement of Applicability} of
 * ISO/IEC 27001:2022. A catalog lists them under {@code mandatory}; the built-in list follows
 * {@code iso27001-2022-mandatory.tsv} of the reference tables.
 *
 * @param id          the clause or control that asks for it, as written ({@code 6.1.3 d}, {@code A.5.26})
 * @param kind        a document (kept up to date) or a record (evidence of something done)
 * @param title       what is required
 * @param addressedBy clause or control references, or {@code type:<document type>}: an approved document that lists
 *                    one of them in {@code clauses} or {@code controls}, or is of that type, addresses the item
 * @param catalog     the name of the catalog that defines it
 */
public record MandatoryItem(String id, Kind kind, String title, List<String> addressedBy, String catalog) {

    /** The prefix of a reference that names a document type rather than a clause or a control. */
    public static final String TYPE_PREFIX = "type:";

    public MandatoryItem {
        addressedBy = List.copyOf(addressedBy);
    }

    /** Documents are maintained, records retained (ISO/IEC 27001 clause 7.5). */
    public enum Kind {
        DOCUMENT, RECORD;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Kind> fromKey(String key) {
            for (Kind k : values()) {
                if (k.key().equals(key)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }
}
