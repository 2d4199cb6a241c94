package io.github.ismshandbook.isms.publish;

import io.github.ismshandbook.isms.files.FileCopier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VersionPublisherTest {

    @TempDir
    Path tmp;

    private static final Instant BUILT = Instant.parse("2026-03-01T10:15:30Z");
    private int sites;

    /** A site as isms:build leaves it: its pages and {@code isms-build.json}, built as {@code version}. */
    private Path site(String version, Map<String, String> files) throws IOException {
        return site(new SiteOrigin(SiteOrigin.Goal.BUILD, version, false, List.of()), files);
    }

    private Path site(SiteOrigin origin, Map<String, String> files) throws IOException {
        Path dir = tmp.resolve("build-" + origin.version() + "-" + ++sites);
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path file = dir.resolve(f.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, f.getValue());
        }
        Path marker = dir.resolve(SiteOrigin.FILE_NAME);
        try (OutputStream out = Files.newOutputStream(marker)) {
            origin.write(out);
        }
        Files.setLastModifiedTime(marker, FileTime.from(BUILT));
        return dir;
    }

    private Path site(String version) throws IOException {
        return site(version, Map.of("index.html", "home " + version, "policies/access-control.html", "ac " + version));
    }

    /** The pages of a site or published version: without the record of its build and the edition's files. */
    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> result = new TreeMap<>(files(dir));
        result.keySet().removeAll(List.of(SiteOrigin.FILE_NAME, EditionManifest.FILE_NAME, EditionManifest.SUMS));
        return result;
    }

    /** Every file, by path. */
    private static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> result = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                result.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        }
        return result;
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static PublishOptions republish() {
        return new PublishOptions(false, true, null);
    }

    @Test
    void publishes_two_versions_newest_first_with_latest_and_a_root_redirect() throws Exception {
        Path out = tmp.resolve("versions");
        VersionPublisher publisher = new VersionPublisher(out);

        PublishResult first = publisher.publish(site("1.0.0"), "1.0.0");
        PublishResult second = publisher.publish(site("1.1.0"), "1.1.0");

        assertThat(first.replaced()).isFalse();
        assertThat(second.latest()).isEqualTo("1.1.0");
        assertThat(second.versionDirectory()).isEqualTo(out.toAbsolutePath().resolve("1.1.0"));
        assertThat(names(out)).containsExactly("1.0.0", "1.1.0", "index.html", "latest", "versions.json");
        assertThat(Files.readString(out.resolve("versions.json"))).isEqualTo("""
                [
                  {
                    "version": "1.1.0",
                    "title": "1.1.0",
                    "aliases": [
                      "latest"
                    ]
                  },
                  {
                    "version": "1.0.0",
                    "title": "1.0.0",
                    "aliases": [ ]
                  }
                ]
                """);
        assertThat(contents(out.resolve("1.0.0"))).containsExactlyEntriesOf(
                new TreeMap<>(Map.of("index.html", "home 1.0.0", "policies/access-control.html", "ac 1.0.0")));
        assertThat(contents(out.resolve("latest"))).isEqualTo(contents(out.resolve("1.1.0")))
                .containsEntry("index.html", "home 1.1.0");

        Document root = Jsoup.parse(out.resolve("index.html").toFile());
        assertThat(root.select("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=latest/index.html");
        assertThat(root.select("main a").eachAttr("href"))
                .containsExactly("latest/index.html", "1.1.0/index.html", "1.0.0/index.html");
        assertThat(root.select("main li").eachText()).containsExactly("1.1.0 (latest)", "1.0.0");
        assertThat(root.select("script, style, [style]")).isEmpty();
        assertThat(root.select("link[rel=icon]")).hasSize(1);
    }

    @Test
    void an_older_version_published_later_is_listed_below_and_latest_stays_newest() throws Exception {
        Path out = tmp.resolve("versions");
        VersionPublisher publisher = new VersionPublisher(out);
        publisher.publish(site("2.10"), "2.10");
        publisher.publish(site("2.9"), "2.9");
        PublishResult result = publisher.publish(site("2.10.1-SNAPSHOT"), "2.10.1-SNAPSHOT");

        assertThat(result.index().entries()).extracting(VersionEntry::version)
                .containsExactly("2.10.1-SNAPSHOT", "2.10", "2.9");
        assertThat(result.index().entries()).extracting(VersionEntry::aliases)
                .containsExactly(List.of("latest"), List.of(), List.of());
        assertThat(Files.readString(out.resolve("latest/index.html"))).isEqualTo("home 2.10.1-SNAPSHOT");

        publisher.publish(site("2.10.0"), "2.10.0"); // older than the snapshot: latest does not move
        assertThat(Files.readString(out.resolve("latest/index.html"))).isEqualTo("home 2.10.1-SNAPSHOT");
        assertThat(VersionIndex.read(out).newest().orElseThrow().version()).isEqualTo("2.10.1-SNAPSHOT");
    }

    @Test
    void a_republished_version_is_replaced_whole() throws Exception {
        Path out = tmp.resolve("versions");
        VersionPublisher publisher = new VersionPublisher(out);
        publisher.publish(site("1.0.0", Map.of("index.html", "old", "gone.html", "removed page")), "1.0.0");

        PublishResult again = publisher.publish(site("1.0.0", Map.of("index.html", "new")), "1.0.0", republish());

        assertThat(again.replaced()).isTrue();
        assertThat(contents(out.resolve("1.0.0"))).containsExactly(Map.entry("index.html", "new"));
        assertThat(contents(out.resolve("latest"))).containsExactly(Map.entry("index.html", "new"));
        assertThat(VersionIndex.read(out).entries()).extracting(VersionEntry::version).containsExactly("1.0.0");
        assertThat(names(out)).containsExactly("1.0.0", "index.html", "latest", "versions.json");
    }

    @Test
    void a_failure_half_way_through_the_copy_leaves_the_published_version_intact() throws Exception {
        Path out = tmp.resolve("versions");
        new VersionPublisher(out).publish(site("1.0.0"), "1.0.0");
        Map<String, String> before = files(out);

        AtomicInteger copies = new AtomicInteger();
        FileCopier failsOnSecondFile = (from, to) -> {
            if (copies.incrementAndGet() == 2) {
                throw new IOException("disk full");
            }
            Files.copy(from, to);
        };
        Path broken = site("1.0.0", Map.of("a.html", "new a", "b.html", "new b", "index.html", "new"));
        assertThatThrownBy(() -> new VersionPublisher(out, failsOnSecondFile).publish(broken, "1.0.0", republish()))
                .isInstanceOf(IOException.class).hasMessage("disk full");

        assertThat(copies).hasValue(2); // it did fail half-way, after one file had been copied
        assertThat(files(out)).isEqualTo(before);
        assertThat(names(out)).containsExactly("1.0.0", "index.html", "latest", "versions.json"); // no staging left
    }

    @Test
    void a_failure_while_copying_latest_leaves_the_old_latest_intact() throws Exception {
        Path out = tmp.resolve("versions");
        new VersionPublisher(out).publish(site("1.0.0"), "1.0.0");
        FileCopier failsInLatest = (from, to) -> {
            if (to.toString().contains(".latest.staging-")) {
                throw new IOException("interrupted");
            }
            Files.copy(from, to);
        };

        assertThatThrownBy(() -> new VersionPublisher(out, failsInLatest).publish(site("1.1.0"), "1.1.0"))
                .isInstanceOf(IOException.class);

        assertThat(contents(out.resolve("latest"))).containsEntry("index.html", "home 1.0.0");
        assertThat(names(out)).doesNotContain(".latest").allMatch(n -> !n.startsWith("."));
    }

    @Test
    void invalid_versions_are_refused_before_anything_is_written() throws Exception {
        Path out = tmp.resolve("versions");
        Path site = site("x");
        for (String version : List.of("../escape", "..", "a/b", "latest", "", "1.0\t")) {
            assertThatThrownBy(() -> new VersionPublisher(out).publish(site, version))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("cannot be published");
        }
        assertThat(out).doesNotExist();
        assertThat(names(tmp)).containsExactly(site.getFileName().toString());
    }

    @Test
    void a_missing_site_is_an_io_error_naming_it() {
        Path out = tmp.resolve("versions");
        assertThatThrownBy(() -> new VersionPublisher(out).publish(tmp.resolve("nothing"), "1.0"))
                .isInstanceOf(IOException.class).hasMessageContaining("nothing").hasMessageContaining("no built site");
        assertThat(out).doesNotExist();
    }

    @Test
    void a_publish_directory_inside_the_site_is_refused() throws Exception {
        Path site = site("1.0");
        assertThatThrownBy(() -> new VersionPublisher(site.resolve("versions")).publish(site, "1.0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be inside the site");
        assertThatThrownBy(() -> new VersionPublisher(tmp).publish(site, site.getFileName().toString()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already a published version");
        assertThat(site.resolve("versions")).doesNotExist();
    }

    @Test
    void a_damaged_versions_json_stops_the_publication_before_any_change() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("versions"));
        Files.writeString(out.resolve("versions.json"), "{\"version\": ");
        assertThatThrownBy(() -> new VersionPublisher(out).publish(site("1.0"), "1.0"))
                .isInstanceOf(IOException.class).hasMessageContaining("versions.json is not a list of versions");
        Files.writeString(out.resolve("versions.json"), "[{\"version\": \"../../etc\", \"title\": \"x\"}]");
        assertThatThrownBy(() -> new VersionPublisher(out).publish(site("1.0"), "1.0"))
                .isInstanceOf(IOException.class).hasMessageContaining("'../../etc'");
        assertThat(names(out)).containsExactly("versions.json");
    }

    @Test
    void keeps_titles_and_aliases_written_by_others_and_drops_versions_whose_folder_is_gone() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("versions"));
        Files.createDirectories(out.resolve("0.9"));
        Files.writeString(out.resolve("versions.json"), """
                [{"version": "0.8", "title": "0.8", "aliases": ["latest"]},
                 {"version": "0.9", "title": "Pilot", "aliases": ["pilot", "latest"], "properties": {"x": 1}}]
                """);

        PublishResult result = new VersionPublisher(out).publish(site("1.0"), "1.0");

        assertThat(result.index().entries()).containsExactly(
                new VersionEntry("1.0", "1.0", List.of("latest")),
                new VersionEntry("0.9", "Pilot", List.of("pilot")));
    }

    @Test
    void symbolic_links_in_the_site_are_not_followed_out_of_it() throws Exception {
        Path outside = Files.writeString(tmp.resolve("outside.txt"), "private");
        Path site = site("1.0");
        try {
            Files.createSymbolicLink(site.resolve("leak.txt"), outside);
            Files.createSymbolicLink(site.resolve("leak-dir"), tmp);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("symbolic links are not available here: " + e);
        }

        new VersionPublisher(tmp.resolve("versions")).publish(site, "1.0");

        assertThat(contents(tmp.resolve("versions/1.0")))
                .containsOnlyKeys("index.html", "policies/access-control.html");
    }

    @Test
    void publishing_the_same_versions_again_writes_the_same_bytes() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);
        for (Path out : List.of(a, b)) {
            new VersionPublisher(out, FileCopier.PLAIN, clock).publish(site("1.0"), "1.0");
            new VersionPublisher(out, FileCopier.PLAIN, clock).publish(site("0.9"), "0.9");
        }
        assertThat(files(a)).isEqualTo(files(b));
    }

    @Test
    void published_files_and_folders_get_the_modes_of_the_umask_not_those_of_temporary_files() throws Exception {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "no POSIX modes here");
        Path out = tmp.resolve("versions");
        Path privateSite = site("1.0");
        try (Stream<Path> walk = Files.walk(privateSite)) {
            for (Path p : walk.toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(
                        Files.isDirectory(p) ? "rwx------" : "rw-------"));
            }
        }

        new VersionPublisher(out).publish(privateSite, "1.0");
        new VersionPublisher(out).publish(site("1.1"), "1.1");

        // what the umask gives a file and a folder made the plain way, next to the published ones
        Set<PosixFilePermission> file = Files.getPosixFilePermissions(Files.createFile(tmp.resolve("plain-file")));
        Set<PosixFilePermission> folder = Files.getPosixFilePermissions(Files.createDirectory(tmp.resolve("plain-dir")));
        List<Path> written;
        try (Stream<Path> walk = Files.walk(out)) {
            written = walk.toList();
        }
        assertThat(written).contains(out.resolve("1.0/policies/access-control.html"), out.resolve("1.0/manifest.json"),
                out.resolve("latest/SHA256SUMS"), out.resolve("versions.json"), out.resolve("index.html"));
        for (Path p : written) {
            assertThat(Files.getPosixFilePermissions(p)).as(out.relativize(p).toString())
                    .isEqualTo(Files.isDirectory(p) ? folder : file);
        }
    }

    @Test
    void refuses_a_site_without_a_record_of_its_build() throws Exception {
        Path site = site("1.0");
        Files.delete(site.resolve(SiteOrigin.FILE_NAME));
        Path out = tmp.resolve("versions");

        assertThatThrownBy(() -> new VersionPublisher(out).publish(site, "1.0"))
                .isInstanceOf(PublishRefusedException.class)
                .hasMessageContaining("was not made by isms:build (it has no isms-build.json)")
                .extracting(e -> ((PublishRefusedException) e).reason()).isEqualTo(PublishRefusedException.Reason.NOT_BUILT);
        assertThat(out).doesNotExist();
    }

    @Test
    void refuses_the_preview_and_the_report_whatever_they_hold() throws Exception {
        Path out = tmp.resolve("versions");
        for (SiteOrigin.Goal goal : List.of(SiteOrigin.Goal.SERVE, SiteOrigin.Goal.REPORT)) {
            Path site = site(new SiteOrigin(goal, "1.0", false, List.of()), Map.of("index.html", "home"));
            assertThatThrownBy(() -> new VersionPublisher(out).publish(site, "1.0", new PublishOptions(true, true, null)))
                    .isInstanceOf(PublishRefusedException.class)
                    .hasMessageContaining("was made by isms:" + goal.key() + ", not by isms:build");
        }
        assertThat(out).doesNotExist();
    }

    @Test
    void refuses_a_site_with_drafts_unless_drafts_are_published_on_purpose() throws Exception {
        Path out = tmp.resolve("versions");
        Path drafts = site(new SiteOrigin(SiteOrigin.Goal.BUILD, "1.0", true,
                List.of("policies/secret.md", "policies/new.md")), Map.of("index.html", "home"));

        assertThatThrownBy(() -> new VersionPublisher(out).publish(drafts, "1.0"))
                .isInstanceOf(PublishRefusedException.class)
                .hasMessageContaining("holds 2 draft documents (policies/new.md, policies/secret.md)")
                .hasMessageContaining("only when includeDrafts is set for the publication too");
        assertThat(out).doesNotExist();

        // built with includeDrafts but without a draft: nothing to hide
        Path noDraft = site(new SiteOrigin(SiteOrigin.Goal.BUILD, "0.9", true, List.of()), Map.of("index.html", "0.9"));
        assertThat(new VersionPublisher(out).publish(noDraft, "0.9").version()).isEqualTo("0.9");

        PublishResult published = new VersionPublisher(out).publish(drafts, "1.0", new PublishOptions(true, false, null));
        assertThat(published.latest()).isEqualTo("1.0");
        assertThat(out.resolve("1.0/index.html")).hasContent("home");
    }

    @Test
    void refuses_a_site_built_as_another_version() throws Exception {
        Path out = tmp.resolve("versions");
        assertThatThrownBy(() -> new VersionPublisher(out).publish(site("1.0"), "1.1"))
                .isInstanceOf(PublishRefusedException.class)
                .hasMessageContaining("was built as version 1.0 and shows that version on every page; it cannot be"
                        + " published as 1.1");
        assertThat(out).doesNotExist();
    }

    @Test
    void refuses_a_site_holding_a_file_named_like_the_editions_own() throws Exception {
        Path out = tmp.resolve("versions");
        for (String name : List.of("manifest.json", "SHA256SUMS")) {
            Path site = site("1.0", Map.of("index.html", "home", name, "the author's own"));
            assertThatThrownBy(() -> new VersionPublisher(out).publish(site, "1.0"))
                    .isInstanceOf(PublishRefusedException.class).hasMessageContaining("holds a file " + name);
        }
        assertThat(out).doesNotExist();
    }

    @Test
    void a_published_version_is_an_edition_replaced_only_on_purpose() throws Exception {
        Path out = tmp.resolve("versions");
        Clock march = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);
        new VersionPublisher(out, FileCopier.PLAIN, march).publish(site("1.0"), "1.0");
        Map<String, String> edition = files(out);

        Path fixed = site("1.0", Map.of("index.html", "fixed"));
        assertThatThrownBy(() -> new VersionPublisher(out).publish(fixed, "1.0"))
                .isInstanceOf(PublishRefusedException.class)
                .hasMessage("Version 1.0 is already published in " + out.toAbsolutePath().resolve("1.0")
                        + ": a published version is a frozen edition");
        assertThat(files(out)).isEqualTo(edition);

        Clock april = Clock.fixed(Instant.parse("2026-04-01T09:30:00Z"), ZoneOffset.UTC);
        PublishResult again = new VersionPublisher(out, FileCopier.PLAIN, april).publish(fixed, "1.0",
                new PublishOptions(false, true, "0123456789abcdef0123456789abcdef01234567"));
        assertThat(again.replaced()).isTrue();
        assertThat(contents(out.resolve("1.0"))).containsExactly(Map.entry("index.html", "fixed"));
        String manifest = Files.readString(out.resolve("1.0/manifest.json"));
        assertThat(manifest).contains("\"published\": \"2026-04-01T09:30:00Z\"")
                .contains("\"commit\": \"0123456789abcdef0123456789abcdef01234567\"")
                .doesNotContain("2026-03-02");
    }

    @Test
    void a_snapshot_version_is_a_working_copy_replaced_without_republish() throws Exception {
        Path out = tmp.resolve("versions");
        new VersionPublisher(out).publish(site("1.1-SNAPSHOT", Map.of("index.html", "monday")), "1.1-SNAPSHOT");

        PublishResult again = new VersionPublisher(out).publish(site("1.1-SNAPSHOT", Map.of("index.html", "tuesday")),
                "1.1-SNAPSHOT");

        assertThat(again.replaced()).isTrue();
        assertThat(out.resolve("1.1-SNAPSHOT/index.html")).hasContent("tuesday");
        assertThat(out.resolve("latest/index.html")).hasContent("tuesday");
        assertThat(VersionPublisher.isWorkingCopy("1.1-snapshot")).isFalse(); // Maven's suffix is upper case
    }

    @Test
    void every_edition_gets_its_manifest_and_sums_and_latest_carries_those_of_the_newest() throws Exception {
        Path out = tmp.resolve("versions");
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);
        new VersionPublisher(out, FileCopier.PLAIN, clock).publish(site("1.0"), "1.0");
        new VersionPublisher(out, FileCopier.PLAIN, clock).publish(site("1.1"), "1.1",
                new PublishOptions(false, false, "89abcdef0123456789abcdef0123456789abcdef"));

        assertThat(Files.readString(out.resolve("1.0/manifest.json"))).startsWith("""
                {
                  "version": "1.0",
                  "built": "2026-03-01T10:15:30Z",
                  "published": "2026-03-02T08:00:00Z",
                  "commit": null,
                  "files": [
                """);
        assertThat(Files.readString(out.resolve("1.1/manifest.json"))).contains("\"version\": \"1.1\"")
                .contains("\"commit\": \"89abcdef0123456789abcdef0123456789abcdef\"");
        assertThat(Files.readString(out.resolve("1.1/SHA256SUMS")).lines().map(l -> l.substring(66)))
                .containsExactly("index.html", "isms-build.json", "manifest.json", "policies/access-control.html");
        assertThat(files(out.resolve("latest"))).isEqualTo(files(out.resolve("1.1")));
    }
}
