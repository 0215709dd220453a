package io.streamz.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.streamz.processor.LocalTypesProcessor;
import io.streamz.processor.PipelineProcessor;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * Streamz annotations inside bodies, which javac does not show to annotation processors: each
 * error says where the type sits (a method, a field's initializer, an initializer block) and
 * names an anonymous class as such; an annotation whose simple name is ours but which means
 * another type (a member type, a single-type import, a type of the same package, each winning
 * over an on-demand import of {@code io.streamz.annotations}) is left alone.
 */
class LocalAnnotationsTest {
    private static final String STRAY = " which annotation processors cannot see. Declare the stage in a @Pipeline"
            + " interface at top level or as a member type, or remove @";
    private static final String LOCAL = " and javac does not show types declared inside a body to annotation"
            + " processors, so nothing is generated for it. Move ";

    @Test
    void eachPlaceInABodyIsNamed() {
        Compilation compilation = compile(JavaFileObjects.forSourceLines(
                "com.acme.Shop",
                "package com.acme;",
                "import io.streamz.annotations.*;",
                "public class Shop {",
                "    Runnable field = new Runnable() {",
                "        @Pipeline interface InField { @Source void emit(int x); @Sink void out(int x); }",
                "        public void run() {}",
                "    };",
                "    {",
                "        @Pipeline interface InBlock { @Source void emit(int x); @Sink void out(int x); }",
                "    }",
                "    void run() {",
                "        class Local {",
                "            @Map int twice(int x) { return 2 * x; }",
                "        }",
                "        new Object() {",
                "            @Sink void out(int x) {}",
                "        };",
                "    }",
                "}"));
        assertThat(errors(compilation))
                .containsExactly(
                        "Shop 5: [streamz.local-pipeline] @Pipeline on local interface InField has no effect: it is"
                                + " declared in the initializer of field field of Shop," + LOCAL + "InField out of the"
                                + " body: make it a top-level interface, or a member interface that is not private.",
                        "Shop 9: [streamz.local-pipeline] @Pipeline on local interface InBlock has no effect: it is"
                                + " declared in an initializer block of Shop," + LOCAL + "InBlock out of the body:"
                                + " make it a top-level interface, or a member interface that is not private.",
                        "Shop 13: [streamz.stray-stage-annotation] @Map on 'twice' has no effect: it is a method of"
                                + " class Local declared in method run() of Shop," + STRAY + "Map.",
                        "Shop 16: [streamz.stray-stage-annotation] @Sink on 'out' has no effect: it is a method of an"
                                + " anonymous class declared in method run() of Shop," + STRAY + "Sink.");
    }

    @Test
    void annotationsThatMeanOtherTypesAreLeftAlone() {
        Compilation compilation = compile(
                JavaFileObjects.forSourceLines("com.acme.Unique", "package com.acme;", "public @interface Unique {}"),
                JavaFileObjects.forSourceLines(
                        "com.acme.ann.Sink", "package com.acme.ann;", "public @interface Sink {}"),
                JavaFileObjects.forSourceLines(
                        "com.acme.Other",
                        "package com.acme;",
                        "import io.streamz.annotations.*;",
                        "import com.acme.ann.Sink;",
                        "public class Other {",
                        "    @interface Pipeline {}",
                        "    void run() {",
                        "        @Pipeline class Shadowed {}", // the member type
                        "        class Mixed {",
                        "            @Unique void samePackage() {}", // com.acme.Unique
                        "            @Sink void imported() {}", // com.acme.ann.Sink
                        "            @Deprecated void notOurs() {}",
                        "            @io.streamz.annotations.Filter boolean keep(int x) { return true; }",
                        "        }",
                        "    }",
                        "}"),
                JavaFileObjects.forSourceLines(
                        "com.acme.Third",
                        "package com.acme;",
                        "import io.streamz.annotations.Map;",
                        "public class Third {",
                        "    void run() {",
                        "        class Single {",
                        "            @Map int twice(int x) { return 2 * x; }",
                        "            @Deprecated void notOurs() {}",
                        "        }",
                        "    }",
                        "}"));
        assertThat(errors(compilation))
                .containsExactly(
                        "Other 12: [streamz.stray-stage-annotation] @Filter on 'keep' has no effect: it is a method of"
                                + " class Mixed declared in method run() of Other," + STRAY + "Filter.",
                        "Third 6: [streamz.stray-stage-annotation] @Map on 'twice' has no effect: it is a method of"
                                + " class Single declared in method run() of Third," + STRAY + "Map.");
    }

    private static Compilation compile(javax.tools.JavaFileObject... sources) {
        return javac().withProcessors(new PipelineProcessor(), new LocalTypesProcessor())
                .compile(sources);
    }

    /** Each error as {@code <file's simple name> <line>: <message>}. */
    private static List<String> errors(Compilation compilation) {
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends javax.tools.JavaFileObject> error : compilation.errors()) {
            String file = error.getSource().getName();
            file = file.substring(file.lastIndexOf('/') + 1, file.length() - ".java".length());
            errors.add(file + " " + error.getLineNumber() + ": " + error.getMessage(null));
        }
        return errors;
    }
}
