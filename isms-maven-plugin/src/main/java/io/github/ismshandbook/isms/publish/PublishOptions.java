package io.github.ismshandbook.isms.publish;

/**
 * How {@link VersionPublisher#publish} treats a site and the versions already published.
 *
 * @param includeDrafts whether a site that holds drafts may be published
 * @param republish     whether a version published before may be replaced (a {@code -SNAPSHOT} version always may)
 * @param commit        the Git commit the edition is published from, for its manifest, or {@code null}
 */
public record PublishOptions(boolean includeDrafts, boolean republish, String commit) {

    /** No drafts, no republishing, no commit. */
    public static final PublishOptions DEFAULTS = new PublishOptions(false, false, null);
}
