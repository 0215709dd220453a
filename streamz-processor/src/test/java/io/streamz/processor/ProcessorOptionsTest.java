package io.streamz.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Each processor option ({@code docs/processor-options.md}) against the default. */
class ProcessorOptionsTest {
    private static Compilation compile(String golden, String... options) throws IOException {
        List<String> all = new ArrayList<>(List.of("-Xlint:all", "-Werror"));
        all.addAll(Arrays.asList(options));
        return Compiler.javac()
                .withProcessors(new PipelineProcessor())
                .withOptions(all)
                .compile(Golden.sources(Golden.root().resolve(golden).resolve("in")));
    }

    private static String source(Compilation compilation, String name) throws IOException {
        return compilation
                .generatedSourceFile(name)
                .orElseThrow()
                .getCharContent(true)
                .toString();
    }

    private static boolean hasDot(Compilation compilation) {
        return compilation.generatedFiles().stream()
                .anyMatch(file -> file.toUri().getPath().endsWith(".dot"));
    }

    @Test
    void byDefaultTheTwinAndTheDotFileAreWritten() throws IOException {
        Compilation compilation = compile("totals");

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(source(compilation, "com.acme.Streamz_Totals")).contains("public Totals buildInterpreted()");
        assertThat(source(compilation, "com.acme.Streamz_Totals")).contains("class Interpreted");
        assertThat(hasDot(compilation)).isTrue();
    }

    @Test
    void twinFalseLeavesOutTheInterpretedTwinAndBuildInterpreted() throws Exception {
        for (String golden : List.of("totals", "buffer", "zip-lock-step", "map-async", "on-failure")) {
            Compilation compilation = compile(golden, "-Astreamz.twin=false");

            assertThat(compilation).succeededWithoutWarnings();
            for (JavaFileObject file : compilation.generatedSourceFiles()) {
                String text = file.getCharContent(true).toString();
                assertThat(text).doesNotContain("Interpreted");
                assertThat(text).doesNotContain("twin");
                assertThat(text).contains("Build it with {@link #builder()}.");
            }
            assertThat(hasDot(compilation)).isTrue();
        }
    }

    @Test
    void withoutTheTwinTheFusedBuildStillRuns() throws Exception {
        Compilation compilation = compile("totals", "-Astreamz.twin=FALSE");
        Class<?> generated = new InMemoryClassLoader(compilation).loadClass("com.acme.Streamz_Totals");
        Object builder = generated.getMethod("builder").invoke(null);
        assertThat(Arrays.stream(builder.getClass().getMethods()).map(Method::getName))
                .doesNotContain("buildInterpreted");
        List<Long> out = new ArrayList<>();
        builder.getClass().getMethod("out", LongConsumer.class).invoke(builder, (LongConsumer) out::add);
        Object totals = builder.getClass().getMethod("build").invoke(builder);
        Method emit = totals.getClass().getMethod("emit", String.class);
        emit.setAccessible(true);
        for (String line : List.of("150", " 20", "101")) {
            emit.invoke(totals, line);
        }
        assertThat(out).containsExactly(150L, 251L).inOrder();
    }

    @Test
    void dotFalseLeavesOutTheDotFileOnly() throws IOException {
        Compilation compilation = compile("totals", "-Astreamz.dot=false");

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(hasDot(compilation)).isFalse();
        assertThat(source(compilation, "com.acme.Streamz_Totals"))
                .isEqualTo(source(compile("totals"), "com.acme.Streamz_Totals"));
    }

    @Test
    void generatedFalseLeavesOutOnlyTheGeneratedAnnotation() throws IOException {
        for (String golden : List.of("totals", "key-by", "distributed-stateless")) {
            Compilation without = compile(golden, "-Astreamz.generated=false");
            Compilation with = compile(golden);

            assertThat(without).succeededWithoutWarnings();
            for (JavaFileObject file : with.generatedSourceFiles()) {
                String name = file.getName().replaceAll(".*/(.*)\\.java$", "$1");
                String expected = file.getCharContent(true).toString();
                assertThat(expected).contains("@Generated(\"io.streamz.processor.PipelineProcessor\")");
                String actual = without.generatedSourceFiles().stream()
                        .filter(f -> f.getName().endsWith("/" + name + ".java"))
                        .findFirst()
                        .orElseThrow()
                        .getCharContent(true)
                        .toString();
                assertThat(actual).doesNotContain("@Generated");
                assertThat(actual).doesNotContain("javax.annotation.processing");
                assertThat(actual).contains("@StreamzGenerated");
                assertThat(actual)
                        .isEqualTo(expected.replace("import javax.annotation.processing.Generated;\n", "")
                                .replace("@Generated(\"io.streamz.processor.PipelineProcessor\")\n", ""));
            }
        }
    }

    @Test
    void anyValueButFalseLeavesAnOptionOn() throws IOException {
        Compilation compilation = compile("totals", "-Astreamz.twin=no", "-Astreamz.dot");

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(source(compilation, "com.acme.Streamz_Totals")).contains("buildInterpreted()");
        assertThat(hasDot(compilation)).isTrue();
    }

    /** The one table of options in the docs lists exactly the options the processor reads, each with a default. */
    @Test
    void theDocumentedTableIsTheSupportedOptions() throws IOException {
        String doc = Files.readString(Paths.get("../docs/processor-options.md"), StandardCharsets.UTF_8);
        Matcher row = Pattern.compile("(?m)^\\| `(streamz\\.[A-Za-z]+)` \\| `(true|false)` \\| \\S.*\\|$")
                .matcher(doc);
        Set<String> documented = new TreeSet<>();
        while (row.find()) {
            documented.add(row.group(1));
        }
        assertThat(documented).isEqualTo(new TreeSet<>(new PipelineProcessor().getSupportedOptions()));
    }
}
