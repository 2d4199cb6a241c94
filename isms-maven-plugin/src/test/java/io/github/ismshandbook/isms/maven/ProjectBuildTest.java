package io.github.ismshandbook.isms.maven;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How this repository builds, where the console of every build depends on it: Maven warns about
 * {@code <prerequisites>} in any module but a plugin's, and failsafe (since 3.6) no longer reads {@code skipTests}.
 */
class ProjectBuildTest {

    @Test
    void only_the_plugin_declares_prerequisites_so_the_reactor_builds_without_a_warning() throws Exception {
        assertThat(child(pom("../pom.xml"), "prerequisites")).isNull();
        for (String module : new String[] {"../site-content/pom.xml", "../themes/isms-theme-default/pom.xml",
                "../example-project/pom.xml"}) {
            assertThat(child(pom(module), "prerequisites")).as(module).isNull();
        }
        Element prerequisites = child(pom("pom.xml"), "prerequisites");
        assertThat(prerequisites).isNotNull();
        assertThat(child(prerequisites, "maven").getTextContent()).isEqualTo("3.8.7");
    }

    @Test
    void skip_tests_skips_the_integration_and_browser_tests_too() throws Exception {
        Element properties = child(pom("pom.xml"), "properties");
        assertThat(child(properties, "skipITs").getTextContent()).isEqualTo("${skipTests}");
        assertThat(child(properties, "skipTests").getTextContent()).isEqualTo("false");
    }

    private static Element pom(String path) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of(path).toFile());
        return document.getDocumentElement();
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }
}
