package io.github.ismshandbook.isms.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Adds a built site to a folder of published versions (SPEC §7):
 * <pre>
 * publishDirectory/
 *   1.1.0/          the site of each version, replaced whole when published again
 *   1.0.0/
 *   latest/         a copy of the newest version: works from file:// and on any static server
 *   versions.json   [{"version", "title", "aliases"}], newest first (mike's format)
 *   index.html      sends the reader to latest/
 * </pre>
 * Every folder and file is swapped in only once it is complete (see {@link AtomicFiles}).
 */
public final class VersionPublisher {

    // Publishing is read-modify-write on versions.json: one publisher per directory at a time in this JVM.
    private static final Map<Path, Object> LOCKS = new ConcurrentHashMap<>();

    private final Path publishDirectory;
    private final FileCopier copier;

    public VersionPublisher(Path publishDirectory) {
        this(publishDirectory, FileCopier.PLAIN);
    }

    VersionPublisher(Path publishDirectory, FileCopier copier) {
        this.publishDirectory = publishDirectory.toAbsolutePath().normalize();
        this.copier = copier;
    }

    public Path publishDirectory() {
        return publishDirectory;
    }

    /**
     * Publishes the site in {@code siteDirectory} as {@code version}.
     *
     * @throws IllegalArgumentException when {@code version} is not a valid folder name ({@link VersionName}),
     *                                  or the site and the publish directory lie inside each other
     * @throws IOException              when the site is missing or a file cannot be written; a version
     *                                  published before is then left as it was
     */
    public PublishResult publish(Path siteDirectory, String version) throws IOException {
        VersionName.requireValid(version);
        Path site = siteDirectory.toAbsolutePath().normalize();
        if (!Files.isDirectory(site)) {
            throw new NoSuchFileException(site.toString(), null, "no built site to publish");
        }
        Path target = publishDirectory.resolve(version);
        requireApart(site, target);
        synchronized (LOCKS.computeIfAbsent(publishDirectory, p -> new Object())) {
            Files.createDirectories(publishDirectory);
            VersionIndex before = VersionIndex.read(publishDirectory); // a damaged index stops us before any change
            boolean replaced = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
            AtomicFiles.replaceDirectory(site, target, copier);
            VersionIndex index = before.with(version)
                    .retain(v -> Files.isDirectory(publishDirectory.resolve(v), LinkOption.NOFOLLOW_LINKS));
            index.write(publishDirectory);
            String newest = index.newest().orElseThrow().version();
            AtomicFiles.replaceDirectory(publishDirectory.resolve(newest), publishDirectory.resolve(VersionIndex.LATEST),
                    copier);
            AtomicFiles.writeString(publishDirectory.resolve("index.html"), RootPage.html(index));
            return new PublishResult(version, target, replaced, index);
        }
    }

    // Copying a folder into itself never ends; publishing a version folder onto itself would delete it.
    private void requireApart(Path site, Path target) {
        if (publishDirectory.startsWith(site)) {
            throw new IllegalArgumentException("The publish directory " + publishDirectory
                    + " must not be inside the site being published (" + site + ")");
        }
        if (site.startsWith(target) || site.startsWith(publishDirectory.resolve(VersionIndex.LATEST))) {
            throw new IllegalArgumentException("The site " + site + " is already a published version in "
                    + publishDirectory + "; publish the freshly built site instead");
        }
    }
}
