package io.streamz.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every golden case compiles warning-free under -Xlint:all -Werror and generates exactly its golden text. */
class GoldenTest {
    static List<String> cases() throws IOException {
        return Golden.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void generatesExactlyTheGoldenText(String name) throws IOException {
        Compilation compilation = Golden.compile(name);
        assertWithMessage("diagnostics: %s", compilation.diagnostics())
                .that(compilation.status())
                .isEqualTo(Compilation.Status.SUCCESS);
        assertThat(compilation.warnings()).isEmpty();
        List<JavaFileObject> generated = compilation.generatedFiles();
        int checked = 0;
        for (JavaFileObject file : generated) {
            String path = file.toUri().getPath();
            boolean source = file.getKind() == JavaFileObject.Kind.SOURCE;
            if (source || path.endsWith(".dot")) {
                String relative = path.substring(path.indexOf(source ? "/SOURCE_OUTPUT/" : "/CLASS_OUTPUT/"))
                        .replaceFirst("^/(SOURCE|CLASS)_OUTPUT/", "");
                Golden.check(name, relative, content(file));
                checked++;
            }
        }
        assertWithMessage("files generated for %s", name).that(checked).isAtLeast(2);
    }

    private static String content(JavaFileObject file) {
        try {
            return file.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
