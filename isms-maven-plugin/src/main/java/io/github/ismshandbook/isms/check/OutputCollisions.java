package io.github.ismshandbook.isms.check;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Handbook;
import io.github.ismshandbook.isms.model.Rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code invalid-value} on a file name: two source files that become the same file in the site
 * ({@code Policy.md} and {@code policy.md}, or {@code a.md} and an asset {@code a.html}) overwrite each other
 * on a case-insensitive file system (Windows, macOS), which is where many readers unpack a handbook.
 * Reported on each file at line 1, naming the others.
 */
public final class OutputCollisions implements Check {

    @Override
    public List<Finding> check(Handbook handbook, BuildConfig config) {
        Map<String, List<String>> sourcesByOutput = new TreeMap<>();
        Map<String, Document> documents = new TreeMap<>();
        for (Document d : handbook.documents()) {
            sourcesByOutput.computeIfAbsent(key(d.pagePath()), k -> new ArrayList<>()).add(d.path());
            documents.put(d.path(), d);
        }
        for (String asset : handbook.assets()) {
            sourcesByOutput.computeIfAbsent(key(asset), k -> new ArrayList<>()).add(asset);
        }
        List<Finding> findings = new ArrayList<>();
        for (List<String> sources : sourcesByOutput.values()) {
            if (sources.size() < 2) {
                continue;
            }
            for (String file : sources) {
                List<String> others = sources.stream().filter(s -> !s.equals(file)).toList();
                Document d = documents.get(file);
                findings.add(Finding.of(Rule.INVALID_VALUE, file, 1, 1, d == null ? null : d.id(),
                        "File name collides with " + String.join(", ", others)
                                + ": they become the same file in the site on case-insensitive file systems",
                        "Rename one of them; file names that differ only in case or extension cannot share a folder."));
            }
        }
        return findings;
    }

    private static String key(String sitePath) {
        return sitePath.toLowerCase(Locale.ROOT);
    }
}
