package io.github.ismshandbook.isms.git;

import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.FileSystems;

/**
 * Runs JGit so that a build neither starts a {@code git} process nor writes outside its folders. Left to itself,
 * JGit runs {@code git --version} and {@code git config --system} to find the system-wide Git configuration, and
 * stores what it measures of the file system (timestamp resolution) in {@code ~/.config/jgit/config}. While
 * {@link #call} runs, JGit reads the repository's configuration and the user's {@code ~/.gitconfig}, but no
 * system-wide configuration, and measures nothing: measuring writes probe files into the repository and takes
 * seconds, which every build would pay again, as nothing is saved. It is told instead that every file system keeps
 * time to {@link #TIMESTAMP_RESOLUTION}, the coarse resolution JGit itself falls back to: a file changed within
 * that time of the index is compared by content rather than by date, which is slower for those files, never wrong.
 * <p>
 * JGit takes these settings from one JVM-wide {@link SystemReader}: it is replaced for the duration of the call
 * and put back afterwards. Calls are serialised, so that two of them never put back each other's reader.
 */
public final class IsolatedGit {

    /** The timestamp resolution JGit assumes when it cannot measure ({@code FileStoreAttributes.FALLBACK_TIMESTAMP_RESOLUTION}). */
    static final String TIMESTAMP_RESOLUTION = "2 seconds";
    /** What JGit adds to the resolution before it trusts a file's date, when it cannot measure (10 ms). */
    static final String MIN_RACY_THRESHOLD = "10 milliseconds";

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
            FileBasedConfig config = inMemory(parent, fs);
            String javaPrefix = getProperty("java.vendor") + '|' + getProperty("java.version") + '|';
            for (FileStore store : FileSystems.getDefault().getFileStores()) {
                // the key JGit reads its measurements of a file system under (FS.FileStoreAttributes)
                String key = javaPrefix + storeName(store);
                config.setString("filesystem", key, "timestampResolution", TIMESTAMP_RESOLUTION);
                config.setString("filesystem", key, "minRacyThreshold", MIN_RACY_THRESHOLD);
            }
            return config;
        }

        /** How JGit names a file system: by its volume serial number on Windows, else by its name. */
        private String storeName(FileStore store) {
            if (isWindows()) {
                try {
                    Object serial = store.getAttribute("volume:vsn");
                    if (serial != null) {
                        return serial.toString();
                    }
                } catch (IOException | UnsupportedOperationException e) {
                    // named as on other systems
                }
            }
            return store.name();
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
