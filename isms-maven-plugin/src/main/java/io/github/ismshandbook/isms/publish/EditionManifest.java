package io.github.ismshandbook.isms.publish;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.ismshandbook.isms.files.AtomicFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * What makes a published version a frozen edition that an auditor can check: {@code manifest.json} (the version,
 * when it was built and published, the Git commit, and the size and SHA-256 of every file) and {@code SHA256SUMS},
 * which {@code cd <version> && sha256sum -c SHA256SUMS} verifies. The sums cover every file of the edition,
 * {@code manifest.json} included, with paths relative to the version's folder.
 *
 * @param version   the published version
 * @param built     when {@code isms:build} rendered the site (to the second)
 * @param published when the edition was published (to the second)
 * @param commit    the Git commit checked out when it was published, or {@code null} outside a repository
 * @param files     every file of the edition but the manifest and the sums, by path
 */
@JsonPropertyOrder({"version", "built", "published", "commit", "files"})
@JsonInclude(JsonInclude.Include.ALWAYS) // "commit": null says there was no repository
public record EditionManifest(String version, Instant built, Instant published, String commit, List<FileSum> files) {

    /** The manifest's file name, in the version's folder. */
    public static final String FILE_NAME = "manifest.json";
    /** The checksum file's name, in the version's folder. */
    public static final String SUMS = "SHA256SUMS";
    /** The names an edition adds at the root of the site it publishes. */
    public static final Set<String> RESERVED = Set.of(FILE_NAME, SUMS);

    /**
     * One file of the edition.
     *
     * @param path   relative to the version's folder, {@code /}-separated
     * @param size   in bytes
     * @param sha256 lower-case hex
     */
    @JsonPropertyOrder({"path", "size", "sha256"})
    public record FileSum(String path, long size, String sha256) {
    }

    public EditionManifest {
        built = built == null ? null : built.truncatedTo(ChronoUnit.SECONDS);
        published = published == null ? null : published.truncatedTo(ChronoUnit.SECONDS);
        files = files.stream().sorted(Comparator.comparing(FileSum::path)).toList();
    }

    /**
     * Sums every file in {@code folder} (symbolic links are not followed) and writes {@code manifest.json} and
     * {@code SHA256SUMS} into it; any that were there are replaced.
     */
    public static EditionManifest write(Path folder, String version, Instant built, Instant published, String commit)
            throws IOException {
        List<FileSum> files = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String path = relative(folder, file);
                if (attrs.isRegularFile() && !RESERVED.contains(path)) {
                    files.add(new FileSum(path, attrs.size(), sha256(file)));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        EditionManifest manifest = new EditionManifest(version, built, published, commit, files);
        byte[] json = PublishJson.write(manifest).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(folder.resolve(FILE_NAME), json);
        List<FileSum> summed = new ArrayList<>(manifest.files());
        summed.add(new FileSum(FILE_NAME, json.length, hex(digest().digest(json))));
        AtomicFiles.writeString(folder.resolve(SUMS), sums(summed));
        return manifest;
    }

    /** The lines of {@code SHA256SUMS} for {@code files}, sorted by path, as GNU {@code sha256sum} writes them. */
    static String sums(List<FileSum> files) {
        StringBuilder text = new StringBuilder();
        files.stream().sorted(Comparator.comparing(FileSum::path)).forEach(f -> text.append(sumLine(f)).append('\n'));
        return text.toString();
    }

    /**
     * {@code <hash>  <path>}: two spaces (text mode). A path with a backslash, line feed or carriage return is
     * escaped and the line starts with a backslash, as {@code sha256sum} does, so that {@code -c} reads it back.
     */
    static String sumLine(FileSum file) {
        String path = file.path();
        if (path.indexOf('\\') < 0 && path.indexOf('\n') < 0 && path.indexOf('\r') < 0) {
            return file.sha256() + "  " + path;
        }
        String escaped = path.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
        return "\\" + file.sha256() + "  " + escaped;
    }

    private static String relative(Path folder, Path file) {
        StringBuilder path = new StringBuilder();
        for (Path part : folder.relativize(file)) {
            if (!path.isEmpty()) {
                path.append('/');
            }
            path.append(part);
        }
        return path.toString();
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest = digest();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return hex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
