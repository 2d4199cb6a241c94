package io.github.ismshandbook.isms.publish;

/**
 * {@link VersionPublisher#publish} will not publish this site as this version; nothing was written. The message
 * says why; {@link #reason()} lets the caller say what to do about it in its own terms.
 */
public final class PublishRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a publication is refused. */
    public enum Reason {
        /** The site does not record how it was built ({@link SiteOrigin}): not a site of {@code isms:build}. */
        NOT_BUILT,
        /** The site was made by another goal than {@code isms:build} (the preview, the Maven site report). */
        NOT_FROM_BUILD,
        /** The site holds drafts, and drafts are not to be published. */
        HOLDS_DRAFTS,
        /** The site was built as another version than the one being published. */
        OTHER_VERSION,
        /** The version is a published edition already, and republishing was not asked for. */
        ALREADY_PUBLISHED,
        /** The site holds a file of the name an edition's manifest or checksums take. */
        RESERVED_NAME
    }

    private final Reason reason;

    public PublishRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
