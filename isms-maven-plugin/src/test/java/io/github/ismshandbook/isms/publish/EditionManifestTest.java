package io.github.ismshandbook.isms.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class EditionManifestTest {

    // SHA-256 of "abc" and of the empty input (FIPS 180-2 and the well-known empty digest)
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    private static final String EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @TempDir
    Path edition;

    @Test
    void the_manifest_records_version_times_commit_and_every_file_with_its_size_and_sha256() throws IOException {
        Files.writeString(edition.resolve("index.html"), "abc");
        Files.createDirectories(edition.resolve("policies"));
        Files.writeString(edition.resolve("policies/empty.html"), "");

        EditionManifest.write(edition, "2.10", Instant.parse("2026-03-01T10:15:30.123Z"),
                Instant.parse("2026-03-02T08:00:00.999Z"), "0123456789abcdef0123456789abcdef01234567");

        JsonNode manifest = new ObjectMapper().readTree(edition.resolve("manifest.json").toFile());
        assertThat(manifest.get("version").asText()).isEqualTo("2.10");
        assertThat(manifest.get("built").asText()).isEqualTo("2026-03-01T10:15:30Z");
        assertThat(manifest.get("published").asText()).isEqualTo("2026-03-02T08:00:00Z");
        assertThat(manifest.get("commit").asText()).isEqualTo("0123456789abcdef0123456789abcdef01234567");
        assertThat(manifest.get("files").toString()).isEqualTo("[{\"path\":\"index.html\",\"size\":3,\"sha256\":\""
                + ABC + "\"},{\"path\":\"policies/empty.html\",\"size\":0,\"sha256\":\"" + EMPTY + "\"}]");
    }

    @Test
    void the_sums_are_what_sha256sum_writes_and_cover_the_manifest_too() throws IOException {
        Files.writeString(edition.resolve("index.html"), "abc");
        Files.createDirectories(edition.resolve("policies"));
        Files.writeString(edition.resolve("policies/empty.html"), "");

        EditionManifest.write(edition, "1.0", Instant.EPOCH, Instant.EPOCH, null);

        String manifestSum = EditionManifest.sha256(edition.resolve("manifest.json"));
        assertThat(Files.readString(edition.resolve("SHA256SUMS"))).isEqualTo(ABC + "  index.html\n"
                + manifestSum + "  manifest.json\n" + EMPTY + "  policies/empty.html\n");
        assertThat(Files.readString(edition.resolve("manifest.json"))).contains("\"commit\": null");
    }

    @Test
    void writing_again_replaces_the_manifest_and_sums_instead_of_listing_them() throws IOException {
        Files.writeString(edition.resolve("index.html"), "abc");
        EditionManifest.write(edition, "1.0", Instant.EPOCH, Instant.EPOCH, null);
        EditionManifest manifest = EditionManifest.write(edition, "1.0", Instant.EPOCH, Instant.EPOCH, null);

        assertThat(manifest.files()).extracting(EditionManifest.FileSum::path).containsExactly("index.html");
        assertThat(Files.readString(edition.resolve("SHA256SUMS")).lines()).hasSize(2);
    }

    @Test
    void a_path_with_a_backslash_or_a_line_break_is_escaped_as_sha256sum_escapes_it() {
        assertThat(EditionManifest.sumLine(new EditionManifest.FileSum("a\\b\nc.html", 3, ABC)))
                .isEqualTo("\\" + ABC + "  a\\\\b\\nc.html");
        assertThat(EditionManifest.sumLine(new EditionManifest.FileSum("with space.html", 3, ABC)))
                .isEqualTo(ABC + "  with space.html");
    }

    @Test
    void sha256sum_checks_every_file_of_the_edition() throws Exception {
        Files.writeString(edition.resolve("index.html"), "abc");
        Files.createDirectories(edition.resolve("über uns"));
        Files.writeString(edition.resolve("über uns/ä.html"), "ä");
        try {
            Files.writeString(edition.resolve("odd\\name\nwith break.txt"), "x");
        } catch (IOException | RuntimeException e) {
            // a file system that does not take such names: the plain ones are checked all the same
        }
        EditionManifest.write(edition, "1.0", Instant.EPOCH, Instant.EPOCH, null);

        Result ok = sha256sumCheck(edition);
        assertThat(ok.exit()).as(ok.output()).isZero();
        assertThat(ok.output()).contains("index.html: OK", "manifest.json: OK", "über uns/ä.html: OK");

        Files.writeString(edition.resolve("index.html"), "tampered");
        Result tampered = sha256sumCheck(edition);
        assertThat(tampered.exit()).isNotZero();
        assertThat(tampered.output()).contains("index.html: FAILED");
    }

    record Result(int exit, String output) {
    }

    /** {@code cd <edition> && sha256sum -c SHA256SUMS}, as an auditor runs it. */
    static Result sha256sumCheck(Path edition) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sha256sum", "-c", "SHA256SUMS"));
        Process process;
        try {
            process = new ProcessBuilder(command).directory(edition.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("sha256sum is not installed here: " + e.getMessage());
            throw e;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        return new Result(process.exitValue(), output);
    }
}
