package io.github.ismshandbook.isms.publish;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JacksonException;
import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.DocumentStatus;
import io.github.ismshandbook.isms.model.Handbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code isms-build.json} at the root of every rendered site: which goal made it, as which version, and which
 * drafts it holds. {@code isms:publish} reads it to publish only a site made by {@code isms:build}, and a site that
 * holds drafts only when {@code includeDrafts} is set for the publication too: a preview, which always shows drafts,
 * never becomes a published version by accident. No time in it, so the site stays byte for byte the same.
 *
 * @param goal          the goal that rendered the site
 * @param version       the handbook version the site shows
 * @param includeDrafts whether the site was rendered with drafts
 * @param drafts        the source paths of the draft documents in the site, sorted
 */
@JsonPropertyOrder({"goal", "version", "include_drafts", "drafts"})
public record SiteOrigin(Goal goal, String version, @JsonProperty("include_drafts") boolean includeDrafts,
                         List<String> drafts) {

    /** The file name, at the root of a rendered site. */
    public static final String FILE_NAME = "isms-build.json";

    /** The goals that render a site. */
    public enum Goal {
        /** {@code isms:build}: the only site {@code isms:publish} takes. */
        BUILD,
        /** {@code isms:serve}: the preview, drafts always included. */
        SERVE,
        /** {@code isms:report}: the handbook inside the Maven site. */
        REPORT;

        @JsonValue
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** {@code isms:build}, as the goal is written on the command line. */
        public String goalName() {
            return "isms:" + key();
        }
    }

    public SiteOrigin {
        drafts = drafts == null ? List.of() : drafts.stream().sorted().toList();
    }

    /** The origin of a site that {@code goal} renders from {@code handbook}. */
    public static SiteOrigin of(Goal goal, Handbook handbook, String version, boolean includeDrafts) {
        List<String> drafts = handbook.published(includeDrafts).stream()
                .filter(d -> d.frontMatter().status() == DocumentStatus.DRAFT)
                .map(Document::path)
                .toList();
        return new SiteOrigin(goal, version, includeDrafts, drafts);
    }

    /** Writes the file's bytes to {@code out}, which stays open. */
    public void write(OutputStream out) throws IOException {
        PublishJson.write(this, out);
    }

    /**
     * The origin of the site in {@code siteDirectory}; empty when it has none (rendered before sites recorded it).
     *
     * @throws IOException when the file cannot be read or is not a site origin
     */
    public static Optional<SiteOrigin> read(Path siteDirectory) throws IOException {
        Path file = siteDirectory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            SiteOrigin origin = PublishJson.MAPPER.readValue(file.toFile(), SiteOrigin.class);
            if (origin == null || origin.goal() == null) {
                throw new IOException(file + " does not say which goal made the site");
            }
            return Optional.of(origin);
        } catch (JacksonException e) {
            throw new IOException(file + " is not a record of how the site was built: " + e.getOriginalMessage(), e);
        }
    }
}
