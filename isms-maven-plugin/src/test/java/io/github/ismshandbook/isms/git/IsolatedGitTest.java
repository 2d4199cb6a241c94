package io.github.ismshandbook.isms.git;

import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IsolatedGitTest {

    @Test
    void jgitLooksForNoSystemConfigurationAndSavesItsOwnNowhere() throws Exception {
        SystemReader before = SystemReader.getInstance();

        IsolatedGit.call(() -> {
            SystemReader reader = SystemReader.getInstance();
            // a system configuration file is only found by running 'git config --system'
            assertThat(((FileBasedConfig) reader.getSystemConfig()).getFile()).isNull();
            FileBasedConfig jgit = (FileBasedConfig) reader.getJGitConfig();
            jgit.setString("filesystem", "test", "timestampResolution", "1 seconds");
            jgit.save();
            assertThat(jgit.getFile()).isNull();
            return null;
        });

        assertThat(SystemReader.getInstance()).isSameAs(before);
    }

    @Test
    void theReaderIsPutBackWhenTheWorkFails() {
        SystemReader before = SystemReader.getInstance();

        assertThatThrownBy(() -> IsolatedGit.call(() -> {
            throw new IllegalStateException("broken");
        })).hasMessage("broken");

        assertThat(SystemReader.getInstance()).isSameAs(before);
    }

    @Test
    void jgitIsToldTheFileSystemsTimestampResolutionInsteadOfMeasuringIt(@TempDir Path dir) throws Exception {
        String key = System.getProperty("java.vendor") + '|' + System.getProperty("java.version") + '|'
                + Files.getFileStore(dir).name();

        FileBasedConfig jgit = new IsolatedGit.Reader(SystemReader.getInstance()).openJGitConfig(null, FS.DETECTED);

        // JGit reads these before it measures; what it would measure is far finer than the fallback it is given
        assertThat(Duration.ofNanos(jgit.getTimeUnit("filesystem", key, "timestampResolution", -1, TimeUnit.NANOSECONDS)))
                .isEqualTo(FS.FileStoreAttributes.FALLBACK_TIMESTAMP_RESOLUTION);
        assertThat(jgit.getTimeUnit("filesystem", key, "minRacyThreshold", -1, TimeUnit.MILLISECONDS)).isEqualTo(10);
    }
}
