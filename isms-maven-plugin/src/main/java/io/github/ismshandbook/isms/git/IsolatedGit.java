package io.github.ismshandbook.isms.git;

import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * Runs JGit so that a build neither starts a {@code git} process nor writes outside its folders. Left to itself,
 * JGit runs {@code git --version} and {@code git config --system} to find the system-wide Git configuration, and
 * stores what it measures of the file system (timestamp resolution) in {@code ~/.config/jgit/config}. While
 * {@link #call} runs, JGit reads the repository's configuration and the user's {@code ~/.gitconfig}, but no
 * system-wide configuration, and keeps its measurements in memory.
 * <p>
 * JGit takes these settings from one JVM-wide {@link SystemReader}: it is replaced for the duration of the call
 * and put back afterwards. Calls are serialised, so that two of them never put back each other's reader.
 */
public final class IsolatedGit {

    /** Work on a repository. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    private IsolatedGit() {
    }

    public static synchronized <T, E extends Exception> T call(Work<T, E> work) throws E {
        SystemReader previous = SystemReader.getInstance();
        SystemReader.setInstance(new Reader(previous));
        try {
            return work.run();
        } finally {
            SystemReader.setInstance(previous);
        }
    }

    /** The JVM's reader, without the system configuration and with a JGit configuration that is never saved. */
    static final class Reader extends SystemReader.Delegate {

        Reader(SystemReader delegate) {
            super(delegate);
        }

        @Override
        public FileBasedConfig openSystemConfig(Config parent, FS fs) {
            return inMemory(parent, fs);
        }

        @Override
        public FileBasedConfig openJGitConfig(Config parent, FS fs) {
            return inMemory(parent, fs);
        }

        private static FileBasedConfig inMemory(Config parent, FS fs) {
            return new FileBasedConfig(parent, null, fs) {
                @Override
                public void load() {
                    // nothing to read
                }

                @Override
                public void save() {
                    // nothing is written
                }

                @Override
                public boolean isOutdated() {
                    return false;
                }
            };
        }
    }
}
