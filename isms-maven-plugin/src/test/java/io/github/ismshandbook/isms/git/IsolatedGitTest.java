package io.github.ismshandbook.isms.git;

import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.SystemReader;
import org.junit.jupiter.api.Test;

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
}
