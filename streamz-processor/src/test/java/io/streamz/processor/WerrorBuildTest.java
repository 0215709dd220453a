package io.streamz.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user build under {@code -Xlint:all -Werror} with no other flag passes: the processor claims
 * its annotations (no "No processor claimed any of these annotations" warning) and the code it
 * generates is warning-free. Checked in process on the running JDK, and with the {@code javac} of
 * every other JDK found (see {@link #otherJdks()}) as a child process.
 */
class WerrorBuildTest {
    private static final String GENERATED = "javax.annotation.processing.Generated";

    @Test
    void aPipelineCompilesUnderXlintAllWerrorWithNoOtherFlag() throws IOException {
        Compilation compilation = Compiler.javac()
                .withProcessors(new PipelineProcessor())
                .withOptions("-Xlint:all", "-Werror")
                .compile(Golden.sources(Golden.root().resolve("mixed").resolve("in")));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.acme.Streamz_Mixed");
    }

    @Test
    void itClaimsGeneratedOnlyInRoundsWhereOnlyItsOwnClassesCarryIt() {
        JavaFileObject legacy = JavaFileObjects.forSourceLines(
                "com.acme.Legacy",
                "package com.acme;",
                "@javax.annotation.processing.Generated(\"some other tool\")",
                "public final class Legacy {}");
        ReadsGenerated reader = new ReadsGenerated();
        Compilation compilation =
                Compiler.javac().withProcessors(new PipelineProcessor(), reader).compile(legacy, totals());

        assertThat(compilation).succeeded();
        assertThat(compilation).generatedSourceFile("com.acme.Streamz_Totals");
        assertWithMessage("classes carrying @Generated that a later processor was given")
                .that(reader.seen)
                .containsExactly("com.acme.Legacy");
    }

    /**
     * One dynamic test per other JDK: all golden inputs compiled together by its javac. Without
     * another JDK (the build machines have Temurin 25 besides JDK 17), one test is skipped, saying
     * so, rather than none passing silently.
     */
    @TestFactory
    Stream<DynamicTest> everyOtherJdkCompilesEveryGoldenInputUnderXlintAllWerror(@TempDir Path dir) {
        List<Path> jdks = otherJdks();
        if (jdks.isEmpty()) {
            return Stream.of(DynamicTest.dynamicTest(
                    "no other JDK",
                    () -> Assumptions.abort(
                            "no JDK other than " + Runtime.version().feature()
                                    + " under /usr/lib/jvm and no -Dstreamz.test.jdks=<home>[:<home>...]:"
                                    + " the generated code was compiled under -Xlint:all -Werror on this JDK only")));
        }
        return jdks.stream()
                .map(jdk -> DynamicTest.dynamicTest(
                        "javac " + featureReleaseOf(jdk) + " (" + jdk.getFileName() + ")",
                        () -> compileGoldenInputsWith(jdk, dir.resolve(jdk.getFileName()))));
    }

    private static String featureReleaseOf(Path jdk) {
        try {
            String release = featureRelease(jdk);
            return release == null ? "?" : release;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void compileGoldenInputsWith(Path jdk, Path dir) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                jdk.resolve("bin").resolve("javac").toString(),
                "-Xlint:all",
                "-Werror",
                "-classpath",
                System.getProperty("java.class.path"),
                "-processorpath",
                System.getProperty("java.class.path"),
                "-d",
                Files.createDirectories(dir.resolve("classes")).toString(),
                "-s",
                Files.createDirectories(dir.resolve("generated")).toString()));
        try (Stream<Path> files = Files.walk(Golden.root())) {
            files.filter(f -> f.toString().endsWith(".java")
                            && f.toString().contains(File.separator + "in" + File.separator))
                    .sorted()
                    .forEach(f -> command.add(f.toAbsolutePath().toString()));
        }
        Path log = dir.resolve("javac.log");
        Process javac = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertWithMessage("javac of %s finished within 5 minutes", jdk)
                .that(javac.waitFor(5, TimeUnit.MINUTES))
                .isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertWithMessage("javac of %s: exit code; its output:\n%s", jdk, output)
                .that(javac.exitValue())
                .isEqualTo(0);
        assertWithMessage("javac of %s printed something", jdk).that(output).isEmpty();
        try (Stream<Path> generated = Files.walk(dir.resolve("generated"))) {
            assertThat(generated.map(f -> f.getFileName().toString()).collect(Collectors.toSet()))
                    .containsAtLeast("Streamz_Totals.java", "Streamz_Mixed.java");
        }
    }

    /**
     * JDK homes to compile with besides the running one: the system property
     * {@code streamz.test.jdks} (homes separated by the path separator) if set, else every JDK
     * under {@code /usr/lib/jvm} whose feature release differs from the running one (e.g.
     * Temurin 25 at {@code /usr/lib/jvm/temurin-25-jdk-amd64}). None found: no test.
     */
    static List<Path> otherJdks() {
        String configured = System.getProperty("streamz.test.jdks");
        if (configured != null) {
            return Stream.of(configured.split(File.pathSeparator))
                    .filter(s -> !s.isBlank())
                    .map(Path::of)
                    .toList();
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return List.of();
        }
        Set<Path> homes = new LinkedHashSet<>();
        Set<String> releases = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(jvms)) {
            for (Path home : dirs.sorted().toList()) {
                String release = featureRelease(home);
                if (release != null
                        && !release.equals(String.valueOf(Runtime.version().feature()))
                        && releases.add(release)) {
                    homes.add(home);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(homes);
    }

    /** "25" from a JDK's {@code release} file ({@code JAVA_VERSION="25.0.1"}), or null if not a JDK. */
    private static String featureRelease(Path home) throws IOException {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)
                || !Files.isExecutable(home.resolve("bin").resolve("javac"))) {
            return null;
        }
        for (String line : Files.readAllLines(release, StandardCharsets.UTF_8)) {
            if (line.startsWith("JAVA_VERSION=")) {
                String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                return version.split("[.+-]")[0];
            }
        }
        return null;
    }

    private static JavaFileObject totals() {
        return JavaFileObjects.forSourceLines(
                "com.acme.Totals",
                "package com.acme;",
                "import io.streamz.annotations.*;",
                "@Pipeline",
                "public interface Totals {",
                "    @Source void emit(String line);",
                "    @Sink void out(String line);",
                "}");
    }

    /** A processor after ours that reads {@code @Generated}: records every class it is given. */
    private static final class ReadsGenerated extends AbstractProcessor {
        final List<String> seen = new ArrayList<>();

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of(GENERATED);
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            for (TypeElement annotation : annotations) {
                for (Element element : round.getElementsAnnotatedWith(annotation)) {
                    seen.add(((TypeElement) element).getQualifiedName().toString());
                }
            }
            return false;
        }
    }
}
