package io.streamz.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import io.streamz.processor.LocalTypesProcessor;
import io.streamz.processor.PipelineProcessor;
import io.streamz.processor.diag.ProblemCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks {@code src/test/resources/bad}: every file must fail to compile with exactly the errors
 * its markers announce, each on its marked line, and never a crash of the processor.
 */
class BadInputCorpusTest {
    private static final Pattern TAG = Pattern.compile("^\\[streamz\\.([a-z-]+)\\] ");

    static Stream<CorpusCase> corpus() {
        return CorpusCase.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void reportsExactlyTheMarkedErrors(CorpusCase corpusCase) {
        assertWithMessage("%s has no // ERROR marker", corpusCase)
                .that(corpusCase.markers())
                .isNotEmpty();
        assertWithMessage("%s lies in bad/%s/ but marks no error of that code", corpusCase, corpusCase.code())
                .that(corpusCase.markers().stream().map(CorpusCase.Marker::code).toList())
                .contains(corpusCase.code());
        JavaFileObject source = corpusCase.source();
        Compilation compilation = javac().withProcessors(new LocalTypesProcessor(), new PipelineProcessor())
                .compile(source);

        assertThat(compilation).failed();
        assertWithMessage("errors of %s", corpusCase)
                .that(actual(compilation))
                .containsExactlyElementsIn(expected(corpusCase));
        assertThat(compilation).hadErrorCount(corpusCase.markers().size());
        for (CorpusCase.Marker marker : corpusCase.markers()) {
            String text = marker.isStreamz() ? "[streamz." + marker.code() + "]" : "";
            assertThat(compilation).hadErrorContaining(text).inFile(source).onLineContaining(marker.lineText());
        }
    }

    /** "line 12: streamz.type-mismatch" for each marker; "javac" for javac's own errors. */
    private static List<String> expected(CorpusCase corpusCase) {
        List<String> expected = new ArrayList<>();
        for (CorpusCase.Marker marker : corpusCase.markers()) {
            expected.add("line " + marker.line() + ": " + (marker.isStreamz() ? "streamz." + marker.code() : "javac"));
        }
        return expected;
    }

    private static List<String> actual(Compilation compilation) {
        List<String> actual = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
            String message = error.getMessage(Locale.ROOT);
            assertWithMessage("a crash of the processor: %s", message)
                    .that(message)
                    .doesNotContain(ProblemCode.INTERNAL.tag());
            Matcher tag = TAG.matcher(message);
            actual.add("line " + error.getLineNumber() + ": " + (tag.find() ? "streamz." + tag.group(1) : "javac"));
        }
        return actual;
    }
}
