package io.github.ismshandbook.isms.publish;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VersionPublisherTest {

    @TempDir
    Path tmp;

    private Path site(String name, Map<String, String> files) throws IOException {
        Path dir = tmp.resolve("build-" + name);
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path file = dir.resolve(f.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, f.getValue());
        }
        return dir;
    }

    private Path site(String version) throws IOException {
        return site(version, Map.of("index.html", "home " + version, "policies/access-control.html", "ac " + version));
    }

    private static Map<String, String> contents(Path dir) throws IOException {
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

    @Test
    void publishes_two_versions_newest_first_with_latest_and_a_root_redirect() throws IOException {
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
    void an_older_version_published_later_is_listed_below_and_latest_stays_newest() throws IOException {
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
    void a_republished_version_is_replaced_whole() throws IOException {
        Path out = tmp.resolve("versions");
        VersionPublisher publisher = new VersionPublisher(out);
        publisher.publish(site("old", Map.of("index.html", "old", "gone.html", "removed page")), "1.0.0");

        PublishResult again = publisher.publish(site("new", Map.of("index.html", "new")), "1.0.0");

        assertThat(again.replaced()).isTrue();
        assertThat(contents(out.resolve("1.0.0"))).containsExactly(Map.entry("index.html", "new"));
        assertThat(contents(out.resolve("latest"))).containsExactly(Map.entry("index.html", "new"));
        assertThat(VersionIndex.read(out).entries()).extracting(VersionEntry::version).containsExactly("1.0.0");
        assertThat(names(out)).containsExactly("1.0.0", "index.html", "latest", "versions.json");
    }

    @Test
    void a_failure_half_way_through_the_copy_leaves_the_published_version_intact() throws IOException {
        Path out = tmp.resolve("versions");
        new VersionPublisher(out).publish(site("1.0.0"), "1.0.0");
        Map<String, String> before = contents(out);

        AtomicInteger copies = new AtomicInteger();
        FileCopier failsOnSecondFile = (from, to) -> {
            if (copies.incrementAndGet() == 2) {
                throw new IOException("disk full");
            }
            Files.copy(from, to);
        };
        Path broken = site("broken", Map.of("a.html", "new a", "b.html", "new b", "index.html", "new"));
        assertThatThrownBy(() -> new VersionPublisher(out, failsOnSecondFile).publish(broken, "1.0.0"))
                .isInstanceOf(IOException.class).hasMessage("disk full");

        assertThat(copies).hasValue(2); // it did fail half-way, after one file had been copied
        assertThat(contents(out)).isEqualTo(before);
        assertThat(names(out)).containsExactly("1.0.0", "index.html", "latest", "versions.json"); // no staging left
    }

    @Test
    void a_failure_while_copying_latest_leaves_the_old_latest_intact() throws IOException {
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
    void invalid_versions_are_refused_before_anything_is_written() throws IOException {
        Path out = tmp.resolve("versions");
        Path site = site("x");
        for (String version : List.of("../escape", "..", "a/b", "latest", "", "1.0\t")) {
            assertThatThrownBy(() -> new VersionPublisher(out).publish(site, version))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("cannot be published");
        }
        assertThat(out).doesNotExist();
        assertThat(names(tmp)).containsExactly("build-x");
    }

    @Test
    void a_missing_site_is_an_io_error_naming_it() {
        Path out = tmp.resolve("versions");
        assertThatThrownBy(() -> new VersionPublisher(out).publish(tmp.resolve("nothing"), "1.0"))
                .isInstanceOf(IOException.class).hasMessageContaining("nothing").hasMessageContaining("no built site");
        assertThat(out).doesNotExist();
    }

    @Test
    void a_publish_directory_inside_the_site_is_refused() throws IOException {
        Path site = site("1.0");
        assertThatThrownBy(() -> new VersionPublisher(site.resolve("versions")).publish(site, "1.0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be inside the site");
        assertThatThrownBy(() -> new VersionPublisher(tmp).publish(site, "build-1.0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already a published version");
        assertThat(site.resolve("versions")).doesNotExist();
    }

    @Test
    void a_damaged_versions_json_stops_the_publication_before_any_change() throws IOException {
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
    void keeps_titles_and_aliases_written_by_others_and_drops_versions_whose_folder_is_gone() throws IOException {
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
    void symbolic_links_in_the_site_are_not_followed_out_of_it() throws IOException {
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
    void publishing_the_same_versions_again_writes_the_same_bytes() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        for (Path out : List.of(a, b)) {
            new VersionPublisher(out).publish(site("1.0"), "1.0");
            new VersionPublisher(out).publish(site("0.9"), "0.9");
        }
        assertThat(contents(a)).isEqualTo(contents(b));
    }
}
