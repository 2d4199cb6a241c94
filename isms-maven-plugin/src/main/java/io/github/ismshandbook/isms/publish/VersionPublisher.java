package io.github.ismshandbook.isms.publish;

import io.github.ismshandbook.isms.files.AtomicFiles;
import io.github.ismshandbook.isms.files.FileCopier;
import io.github.ismshandbook.isms.publish.PublishRefusedException.Reason;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Adds a built site to a folder of published versions (README, Versions):
 * <pre>
 * publishDirectory/
 *   1.1.0/          the site of each version, a frozen edition: manifest.json and SHA256SUMS say what it holds
 *   1.0.0/
 *   latest/         a copy of the newest version (its manifest and sums included): works from file:// and on any
 *                   static server
 *   versions.json   [{"version", "title", "aliases"}], newest first (mike's format)
 *   index.html      sends the reader to latest/
 * </pre>
 * Only a site made by {@code isms:build} is published ({@link SiteOrigin}), with drafts only when asked for. A
 * version published before is an edition and is replaced only when asked for, unless it is a {@code -SNAPSHOT}: a
 * working copy. Every folder and file is swapped in only once it is complete (see {@link AtomicFiles}).
 */
public final class VersionPublisher {

    /** As in Maven: a version ending in this is a working copy, not an edition. */
    public static final String SNAPSHOT_SUFFIX = "-SNAPSHOT";

    // Publishing is read-modify-write on versions.json: one publisher per directory at a time in this JVM.
    private static final Map<Path, Object> LOCKS = new ConcurrentHashMap<>();

    private final Path publishDirectory;
    private final FileCopier copier;
    private final Clock clock;

    public VersionPublisher(Path publishDirectory) {
        this(publishDirectory, FileCopier.PLAIN, Clock.systemUTC());
    }

    VersionPublisher(Path publishDirectory, FileCopier copier) {
        this(publishDirectory, copier, Clock.systemUTC());
    }

    VersionPublisher(Path publishDirectory, FileCopier copier, Clock clock) {
        this.publishDirectory = publishDirectory.toAbsolutePath().normalize();
        this.copier = copier;
        this.clock = clock;
    }

    public Path publishDirectory() {
        return publishDirectory;
    }

    /** {@link #publish(Path, String, PublishOptions)} with {@link PublishOptions#DEFAULTS}. */
    public PublishResult publish(Path siteDirectory, String version) throws IOException, PublishRefusedException {
        return publish(siteDirectory, version, PublishOptions.DEFAULTS);
    }

    /**
     * Publishes the site in {@code siteDirectory} as {@code version}, with its manifest and checksums.
     *
     * @throws IllegalArgumentException when {@code version} is not a valid folder name ({@link VersionName}),
     *                                  or the site and the publish directory lie inside each other
     * @throws PublishRefusedException  when the site or the version may not be published (see its reason);
     *                                  nothing is written then
     * @throws IOException              when the site is missing or a file cannot be written; a version
     *                                  published before is then left as it was
     */
    public PublishResult publish(Path siteDirectory, String version, PublishOptions options)
            throws IOException, PublishRefusedException {
        VersionName.requireValid(version);
        Path site = siteDirectory.toAbsolutePath().normalize();
        if (!Files.isDirectory(site)) {
            throw new NoSuchFileException(site.toString(), null, "no built site to publish");
        }
        Path target = publishDirectory.resolve(version);
        requireApart(site, target);
        SiteOrigin origin = requirePublishable(site, version, options);
        Instant built = Files.getLastModifiedTime(site.resolve(SiteOrigin.FILE_NAME)).toInstant();
        synchronized (LOCKS.computeIfAbsent(publishDirectory, p -> new Object())) {
            Files.createDirectories(publishDirectory);
            VersionIndex before = VersionIndex.read(publishDirectory); // a damaged index stops us before any change
            boolean replaced = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
            if (replaced && !options.republish() && !isWorkingCopy(version)) {
                throw new PublishRefusedException(Reason.ALREADY_PUBLISHED, "Version " + version
                        + " is already published in " + target + ": a published version is a frozen edition");
            }
            AtomicFiles.replaceDirectory(target, staging -> {
                AtomicFiles.copyTree(site, staging, copier);
                EditionManifest.write(staging, origin.version(), built, clock.instant(), options.commit());
            });
            VersionIndex index = before.with(version)
                    .retain(v -> Files.isDirectory(publishDirectory.resolve(v), LinkOption.NOFOLLOW_LINKS));
            index.write(publishDirectory);
            String newest = index.newest().orElseThrow().version();
            Path newestDirectory = publishDirectory.resolve(newest);
            AtomicFiles.replaceDirectory(publishDirectory.resolve(VersionIndex.LATEST),
                    staging -> AtomicFiles.copyTree(newestDirectory, staging, copier));
            AtomicFiles.writeString(publishDirectory.resolve("index.html"), RootPage.html(index));
            return new PublishResult(version, target, replaced, index);
        }
    }

    /** Whether {@code version} is a working copy, which is replaced whenever it is published again. */
    public static boolean isWorkingCopy(String version) {
        return version.endsWith(SNAPSHOT_SUFFIX);
    }

    /** The site's origin, when the site may be published as {@code version} with {@code options}. */
    private static SiteOrigin requirePublishable(Path site, String version, PublishOptions options)
            throws IOException, PublishRefusedException {
        SiteOrigin origin = SiteOrigin.read(site).orElseThrow(() -> new PublishRefusedException(Reason.NOT_BUILT,
                "The site in " + site + " was not made by isms:build (it has no " + SiteOrigin.FILE_NAME + ")"));
        if (origin.goal() != SiteOrigin.Goal.BUILD) {
            throw new PublishRefusedException(Reason.NOT_FROM_BUILD, "The site in " + site + " was made by "
                    + origin.goal().goalName() + ", not by isms:build: only a built site is published");
        }
        if (!origin.drafts().isEmpty() && !options.includeDrafts()) {
            throw new PublishRefusedException(Reason.HOLDS_DRAFTS, "The site in " + site + " holds "
                    + origin.drafts().size() + " draft document" + (origin.drafts().size() == 1 ? "" : "s") + " ("
                    + String.join(", ", origin.drafts()) + "), because it was built with includeDrafts; drafts are"
                    + " published only when includeDrafts is set for the publication too");
        }
        if (!version.equals(origin.version())) {
            throw new PublishRefusedException(Reason.OTHER_VERSION, "The site in " + site + " was built as version "
                    + origin.version() + " and shows that version on every page; it cannot be published as " + version);
        }
        for (String name : EditionManifest.RESERVED) {
            if (Files.exists(site.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                throw new PublishRefusedException(Reason.RESERVED_NAME, "The site in " + site + " holds a file "
                        + name + ", the name of the published edition's own " + name);
            }
        }
        return origin;
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
