package io.github.ismshandbook.isms.load;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Rule;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * The files of the source folder (README, "Writing documents"): Markdown documents selected by {@code includes}/{@code excludes},
 * and every other file as an asset. Names starting with '.' or '_' are ignored, files and folders alike, and so is a
 * file named {@code README.md} in any case, in any folder: it describes its folder on a Git forge (README, "Writing
 * documents").
 * The walk is sorted, so the result does not depend on the file system's order. Symbolic links are followed
 * only while their real target stays inside the source folder (README, "Security").
 *
 * @param documents Markdown files to load, relative '/'-separated paths paired with their location on disk
 * @param assets    other files, relative '/'-separated paths
 * @param findings  symbolic links that were not followed
 */
public record SourceTree(List<SourceFile> documents, Set<String> assets, List<Finding> findings) {

    private static final String README = "README.md";

    /** A Markdown file found in the walk. */
    public record SourceFile(String path, Path file) {
    }

    public SourceTree {
        documents = List.copyOf(documents);
        assets = Set.copyOf(assets);
        findings = List.copyOf(findings);
    }

    /** Walks {@link BuildConfig#sourceDirectory()}; a folder that does not exist gives an empty tree. */
    public static SourceTree scan(BuildConfig config) throws IOException {
        Path root = config.sourceDirectory();
        Walk walk = new Walk(config);
        if (Files.isDirectory(root)) {
            walk.root = root.toRealPath();
            walk.ancestors.add(walk.root);
            walk.directory(root, "");
        }
        return new SourceTree(walk.documents, walk.assets, walk.findings);
    }

    /** Whether the file name marks something the handbook ignores. */
    static boolean ignored(String name) {
        return name.startsWith(".") || name.startsWith("_");
    }

    private static final class Walk {
        private final List<AntPathPattern> includes;
        private final List<AntPathPattern> excludes;
        private final List<SourceFile> documents = new ArrayList<>();
        private final Set<String> assets = new HashSet<>();
        private final List<Finding> findings = new ArrayList<>();
        private final Set<Path> ancestors = new HashSet<>();
        private Path root;

        Walk(BuildConfig config) {
            includes = config.includes().stream().map(AntPathPattern::of).toList();
            excludes = config.excludes().stream().map(AntPathPattern::of).toList();
        }

        void directory(Path dir, String prefix) throws IOException {
            TreeMap<String, Path> entries = new TreeMap<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
                for (Path p : stream) {
                    entries.put(p.getFileName().toString(), p);
                }
            }
            for (var e : entries.entrySet()) {
                if (!ignored(e.getKey())) {
                    entry(e.getValue(), prefix + e.getKey());
                }
            }
        }

        private void entry(Path path, String rel) throws IOException {
            if (Files.isSymbolicLink(path) && !staysInside(path, rel)) {
                return;
            }
            if (Files.isDirectory(path)) {
                // a link to a folder that encloses it would loop forever
                Path real = path.toRealPath();
                if (ancestors.add(real)) {
                    directory(path, rel + "/");
                    ancestors.remove(real);
                }
            } else if (Files.isRegularFile(path)) {
                file(path, rel);
            }
        }

        private boolean staysInside(Path link, String rel) throws IOException {
            String message;
            try {
                if (link.toRealPath().startsWith(root)) {
                    return true;
                }
                message = "symbolic link leaves the source folder; not followed";
            } catch (NoSuchFileException e) {
                message = "symbolic link points to nothing; not followed";
            }
            findings.add(Finding.of(Rule.BROKEN_LINK, rel, 1, 1, null, message,
                    "Copy the file into the source folder instead of linking to it."));
            return false;
        }

        private void file(Path path, String rel) {
            if (path.getFileName().toString().equalsIgnoreCase(README)) {
                return;
            }
            if (!rel.endsWith(".md")) {
                assets.add(rel);
            } else if (selected(rel)) {
                documents.add(new SourceFile(rel, path));
            }
        }

        private boolean selected(String rel) {
            boolean included = includes.isEmpty() || includes.stream().anyMatch(p -> p.matches(rel));
            return included && excludes.stream().noneMatch(p -> p.matches(rel));
        }
    }
}
