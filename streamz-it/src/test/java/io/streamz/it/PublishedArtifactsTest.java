package io.streamz.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What a company needs before putting the library into its build, checked on the POMs as
 * written: a licence, the metadata Maven Central requires, sources and javadoc jars for every
 * published module, a BOM listing exactly the published modules, a changelog, and the test and
 * benchmark modules kept out of deployment.
 */
class PublishedArtifactsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final List<String> CENTRAL_METADATA =
            List.of("url", "licenses", "developers", "scm/url", "scm/connection", "scm/developerConnection");

    @Test
    void theLicenceIsApache2() throws IOException {
        String licence = Files.readString(ROOT.resolve("LICENSE"));
        assertTrue(licence.strip().startsWith("Apache License\n                           Version 2.0, January 2004"));
        assertTrue(licence.contains("END OF TERMS AND CONDITIONS"));
        Element parent = pom(ROOT);
        assertEquals("Apache License, Version 2.0", text(parent, "licenses/license/name"));
        assertEquals("https://www.apache.org/licenses/LICENSE-2.0.txt", text(parent, "licenses/license/url"));
    }

    @Test
    void theParentCarriesWhatCentralRequires() {
        Element parent = pom(ROOT);
        for (String path : CENTRAL_METADATA) {
            assertFalse(text(parent, path).isBlank(), "streamz-parent has no " + path);
        }
        assertFalse(text(parent, "developers/developer/name").isBlank());
    }

    @Test
    void everyPublishedModuleHasANameADescriptionAndSourcesAndJavadocJars() {
        List<String> published = publishedModules();
        assertEquals(
                List.of(
                        "streamz-annotations",
                        "streamz-runtime",
                        "streamz-processor",
                        "streamz-kafka",
                        "streamz-micrometer"),
                published);
        for (String module : published) {
            Element pom = pom(ROOT.resolve(module));
            assertFalse(text(pom, "name").isBlank(), module + " has no name");
            assertFalse(text(pom, "description").isBlank(), module + " has no description");
            Set<String> plugins = new TreeSet<>();
            for (Element plugin : children(pom, "build/plugins/plugin")) {
                plugins.add(text(plugin, "artifactId"));
            }
            assertTrue(plugins.contains("maven-source-plugin"), module + " builds no sources jar");
            assertTrue(plugins.contains("maven-javadoc-plugin"), module + " builds no javadoc jar");
        }
    }

    @Test
    void theBomListsExactlyThePublishedModulesAtTheBuildsVersion() {
        Element parent = pom(ROOT);
        Element bom = pom(ROOT.resolve("streamz-bom"));
        assertTrue(children(bom, "parent").isEmpty(), "importing a BOM with a parent imports the parent's pins too");
        assertEquals(text(parent, "groupId"), text(bom, "groupId"));
        assertEquals(text(parent, "version"), text(bom, "version"));
        assertEquals("pom", text(bom, "packaging"));
        List<String> managed = new ArrayList<>();
        for (Element dependency : children(bom, "dependencyManagement/dependencies/dependency")) {
            assertEquals("io.streamz", text(dependency, "groupId"));
            assertEquals("${project.version}", text(dependency, "version"));
            managed.add(text(dependency, "artifactId"));
        }
        assertEquals(publishedModules(), managed);
        for (String path : CENTRAL_METADATA) {
            assertEquals(text(parent, path), text(bom, path), "the BOM's " + path + " differs from the parent's");
        }
    }

    @Test
    void testsAndBenchmarksAreNotDeployed() {
        for (String module : List.of("streamz-it", "streamz-bench")) {
            assertEquals("true", text(pom(ROOT.resolve(module)), "properties/maven.deploy.skip"), module);
        }
    }

    @Test
    void theChangelogHasTheVersionBeingBuilt() throws IOException {
        String version = text(pom(ROOT), "version").replace("-SNAPSHOT", "");
        assertTrue(Files.readString(ROOT.resolve("CHANGELOG.md")).contains("] - " + version), version);
    }

    /** The root's modules that deploy a jar: neither the BOM nor those skipping deployment. */
    private static List<String> publishedModules() {
        List<String> published = new ArrayList<>();
        for (Element module : children(pom(ROOT), "modules/module")) {
            String name = module.getTextContent().strip();
            Element pom = pom(ROOT.resolve(name));
            if (!text(pom, "packaging").equals("pom")
                    && !text(pom, "properties/maven.deploy.skip").equals("true")) {
                published.add(name);
            }
        }
        return published;
    }

    private static Element pom(Path dir) {
        try {
            Document document = DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(dir.resolve("pom.xml").toFile());
            return document.getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError("cannot read " + dir.resolve("pom.xml"), e);
        }
    }

    /** The text of the first element at a slash-separated path of child names, or "". */
    private static String text(Element from, String path) {
        List<Element> found = children(from, path);
        return found.isEmpty() ? "" : found.get(0).getTextContent().strip();
    }

    private static List<Element> children(Element from, String path) {
        List<Element> current = List.of(from);
        for (String name : path.split("/")) {
            List<Element> next = new ArrayList<>();
            for (Element element : current) {
                NodeList nodes = element.getChildNodes();
                for (int i = 0; i < nodes.getLength(); i++) {
                    Node node = nodes.item(i);
                    if (node instanceof Element child && child.getTagName().equals(name)) {
                        next.add(child);
                    }
                }
            }
            current = next;
        }
        return current;
    }
}
