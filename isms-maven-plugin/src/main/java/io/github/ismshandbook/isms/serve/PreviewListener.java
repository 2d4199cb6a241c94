package io.github.ismshandbook.isms.serve;

/** What the preview tells its host (the Maven goal prints it). */
public interface PreviewListener {

    /** After every build, the first one included, whether it worked or not. */
    void built(BuildStatus status);

    /** Something went wrong outside a build, for example a folder that cannot be watched. */
    void problem(String message);
}
