package io.streamz.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.streamz.processor.PipelineProcessor;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A type the generated class could not name is found wherever a stage's signature mentions it (an
 * array's component, a wildcard's upper or lower bound, a type argument), and the error says why:
 * private, nested in a private type, or protected in another package.
 */
class AccessMessagesTest {
    @Test
    void hiddenTypesAreFoundInsideSignaturesAndTheReasonGiven() {
        Compilation compilation = javac().withProcessors(new PipelineProcessor())
                .compile(
                        JavaFileObjects.forSourceLines(
                                "com.other.Base",
                                "package com.other;",
                                "public class Base {",
                                "    protected static final class Prot {}",
                                "}"),
                        JavaFileObjects.forSourceLines(
                                "com.acme.Outer",
                                "package com.acme;",
                                "import io.streamz.annotations.*;",
                                "import java.util.List;",
                                "public class Outer extends com.other.Base {",
                                "    private static final class Secret {}",
                                "    private static class Hidden {",
                                "        public static final class Inner {}",
                                "    }",
                                "    @Pipeline",
                                "    public interface Access {",
                                "        @Source void arrays(Secret[] s);", // line 11
                                "        @Source void extendsBound(List<? extends Secret> s);",
                                "        @Source void superBound(List<? super Secret> s);",
                                "        @Source void nested(Hidden.Inner x);",
                                "        @Source void argument(java.util.Map<String, Secret> m);",
                                "        @Source void inherited(Prot p);",
                                "        @Map(from = \"arrays\") default int length(Secret[] s) { return s.length; }",
                                "        @Sink void lengths(int x);",
                                "    }",
                                "}"));
        List<String> errors = ErrorLines.of(compilation);
        String secret = "com.acme.Outer.Secret, which is private" + cannotName("Secret");
        assertThat(errors)
                .containsExactly(
                        "11: [streamz.inaccessible-type] @Source stage 'arrays' uses " + secret,
                        "12: [streamz.inaccessible-type] @Source stage 'extendsBound' uses " + secret,
                        "13: [streamz.inaccessible-type] @Source stage 'superBound' uses " + secret,
                        "14: [streamz.inaccessible-type] @Source stage 'nested' uses com.acme.Outer.Hidden.Inner, which"
                                + " is nested in Hidden, which is private" + cannotName("Hidden"),
                        "15: [streamz.inaccessible-type] @Source stage 'argument' uses " + secret,
                        "16: [streamz.inaccessible-type] @Source stage 'inherited' uses com.other.Base.Prot, which is"
                                + " protected in another package" + cannotName("Prot", "public"),
                        "17: [streamz.inaccessible-type] @Map stage 'length' uses " + secret)
                .inOrder();
    }

    private static String cannotName(String type) {
        return cannotName(type, "package-private or wider");
    }

    /** A type in the pipeline's package needs to be package-private; one in another package public. */
    private static String cannotName(String type, String fix) {
        return "; the generated class (a top-level class in package com.acme) could not name it. Make " + type + " "
                + fix + ".";
    }
}
