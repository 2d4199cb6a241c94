package io.github.ismshandbook.isms.load;

import io.github.ismshandbook.isms.model.DidYouMean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The words authors write for front-matter keys and values ({@code approver} for {@code approved_by},
 * {@code final} for the status {@code approved}), kept as data in {@code front-matter-synonyms.tsv} next to this
 * class, so that the hints know them as well as the spellings that are merely close.
 */
final class FrontMatterSynonyms {

    /** What a synonym of a key is filed under in the table; values are filed under their key. */
    static final String KEY = "key";

    private static final Map<String, Map<String, String>> TABLE = read();

    private FrontMatterSynonyms() {
    }

    /**
     * What {@code written} probably stands for among {@code allowed}: a synonym, else the closest spelling.
     *
     * @param what {@link #KEY} for a key, or the key whose value {@code written} is
     */
    static Optional<String> meant(String what, String written, Collection<String> allowed) {
        return DidYouMean.meant(written, allowed, TABLE.getOrDefault(what, Map.of()));
    }

    /** What the handbook calls {@code written} when it is a word of the table, nothing closer or looser. */
    static Optional<String> synonym(String what, String written) {
        return Optional.ofNullable(TABLE.getOrDefault(what, Map.of()).get(DidYouMean.normalize(written)));
    }

    private static Map<String, Map<String, String>> read() {
        Map<String, Map<String, String>> table = new HashMap<>();
        try (InputStream in = FrontMatterSynonyms.class.getResourceAsStream("front-matter-synonyms.tsv")) {
            if (in == null) {
                throw new IllegalStateException("front-matter-synonyms.tsv is missing from the plugin");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 3) {
                    throw new IllegalStateException("front-matter-synonyms.tsv: not three columns: " + line);
                }
                table.computeIfAbsent(f[0], k -> new HashMap<>()).put(DidYouMean.normalize(f[1]), f[2]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(table);
    }
}
