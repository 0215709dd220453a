package io.streamz.processor.codegen;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.lang.model.element.Modifier;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Text blocks written by the processor hold exactly their text, and compile clean under -Xlint:all. */
class TextBlockTest {
    @Test
    void holdsExactlyTheTextItWasGiven() throws Exception {
        String text = String.join(
                "\n",
                "digraph {",
                "\tn0 [label=\"a\\\\b\" shape=box]",
                "three \"\"\" quotes, four \"\"\"\" and one at the end \"",
                "  leading spaces and a trailing one ",
                "",
                "   ",
                "\\",
                "control \r\0\u001f\u007f end",
                "unicode \u00e9\u4e2d \\u0041 stays as written",
                "}\n");

        assertThat(compiledValue(text)).isEqualTo(text);
    }

    @Test
    void aTextOfOneLineIsOneLine() throws Exception {
        assertThat(compiledValue("x\n")).isEqualTo("x\n");
        assertThat(TextBlock.of("x\n").toString()).isEqualTo("\"\"\"\nx\n\"\"\"");
    }

    @Test
    void aTextNotEndingWithALineBreakIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TextBlock.of("x"));
        assertThat(e).hasMessageThat().contains("ends with a line break");
    }

    /** The value of a constant initialised with {@code text}'s block, compiled by javac under -Xlint:all -Werror. */
    private static String compiledValue(String text) throws ReflectiveOperationException {
        TypeSpec type = TypeSpec.classBuilder("Block")
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addField(FieldSpec.builder(String.class, "TEXT", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .initializer(TextBlock.of(text))
                        .build())
                .build();
        JavaFile file = JavaFile.builder("com.acme", type).indent("    ").build();
        Compilation compilation = javac().withOptions("-Xlint:all", "-Werror").compile(file.toJavaFileObject());
        assertThat(compilation).succeededWithoutWarnings();
        return (String) new Loader(compilation)
                .loadClass("com.acme.Block")
                .getField("TEXT")
                .get(null);
    }

    private static final class Loader extends ClassLoader {
        private final Compilation compilation;

        Loader(Compilation compilation) {
            super(TextBlockTest.class.getClassLoader());
            this.compilation = compilation;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            for (JavaFileObject file : compilation.generatedFiles()) {
                if (file.getKind() == JavaFileObject.Kind.CLASS
                        && file.toUri().getPath().endsWith("/" + name.replace('.', '/') + ".class")) {
                    try (InputStream in = file.openInputStream()) {
                        byte[] bytes = in.readAllBytes();
                        return defineClass(name, bytes, 0, bytes.length);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
            throw new ClassNotFoundException(name);
        }
    }
}
