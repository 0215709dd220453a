package io.streamz.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.streamz.processor.PipelineProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Valid pipelines ({@code src/test/resources/valid}) compile without a single warning or
 * error under {@code -Xlint:all}: the validator accepts every stage kind in its valid forms.
 */
class GoodInputTest {
    private static final String LINT = "-Xlint:all";
    /** The validation-only test processor claims nothing, which lint "processing" would report. */
    private static final String LINT_UNCLAIMED = "-Xlint:all,-processing";

    static Stream<Path> valid() {
        try {
            Path root = Path.of(GoodInputTest.class.getResource("/valid").toURI());
            try (Stream<Path> files = Files.list(root)) {
                List<Path> sorted = files.filter(f -> f.toString().endsWith(".java"))
                        .sorted()
                        .toList();
                return sorted.stream();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JavaFileObject source(Path file) {
        try {
            return JavaFileObjects.forResource(file.toUri().toURL());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void validatorAcceptsWithoutWarnings(Path file) {
        Compilation compilation = javac().withOptions(LINT_UNCLAIMED)
                .withProcessors(new ValidationOnlyProcessor())
                .compile(source(file));
        assertThat(compilation).succeededWithoutWarnings();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void processorAcceptsWithoutWarnings(Path file) {
        Compilation compilation = javac().withOptions(LINT)
                .withProcessors(new PipelineProcessor())
                .compile(source(file));
        assertThat(compilation).succeededWithoutWarnings();
    }
}
