package io.streamz.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.streamz.processor.PipelineProcessor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The stages a keyed or distributed pipeline refuses by design say why and what to do: a buffer
 * and the asynchronous stages (keyed-unsupported when keyed, not-distributable when distributed).
 */
class KeyedMessagesTest {
    private static Compilation compile(String pipeline, String stage) {
        JavaFileObject source = JavaFileObjects.forSourceLines(
                "com.acme.Words",
                "package com.acme;",
                "import io.streamz.annotations.*;",
                "import java.util.concurrent.CompletionStage;",
                pipeline,
                "public interface Words {",
                "    @Source void words(String word);",
                "    @KeyBy(key = \"itself\") String byWord(String word);",
                "    default String itself(String word) { return word; }",
                stage,
                "}");
        return javac().withProcessors(new PipelineProcessor()).compile(source);
    }

    /** An {@code Object} key is named once ("keys by Object, Object, ..." before). */
    @Test
    void anObjectKeyIsNamedOnce() {
        Compilation compilation = compile(
                "@Pipeline",
                "    @KeyBy(key = \"anything\") String byAnything(String w); default Object anything(String w) {"
                        + " return w; } @Sink void out(String w);");
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("[streamz.unstable-key] @KeyBy stage 'byAnything' keys by Object, which may hold"
                        + " anything. Key by a value type: a String, a number, an enum or a record of them.")
                .inFile(compilation.sourceFiles().get(0))
                .onLineContaining("byAnything");
    }

    @Test
    void aKeyedBufferSaysItWouldHoldNothingAndWhereToBuffer() {
        Compilation compilation =
                compile("@Pipeline", "    @Buffer(10) String queued(String w); @Sink void out(String w);");
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("[streamz.keyed-unsupported] @Buffer stage 'queued' cannot be in a pipeline with"
                        + " @KeyBy or distributed = true: a buffer lets a producer run ahead of a slow asynchronous"
                        + " consumer on the event loop, but the engine body runs every record to its end"
                        + " synchronously, key by key (on a distributed engine the topics between tasks buffer), so"
                        + " it would never hold anything. Remove it; to absorb bursts, buffer in a pipeline without"
                        + " keys whose sink calls this pipeline's source.")
                .inFile(compilation.sourceFiles().get(0))
                .onLineContaining("queued");
    }

    @Test
    void anAsynchronousSinkSaysWhyAndWhatToDoKeyedAndDistributed() {
        String sink = "    @Sink CompletionStage<Void> out(String w);";
        String why = " is asynchronous, which the engine body of a pipeline with @KeyBy or distributed = true"
                + " cannot run: it runs every record to its end synchronously, inside the engine's task, and a"
                + " key's state cannot wait for a result while the key's next record overtakes it. Make it"
                + " synchronous (a @Map, a void @Sink), or leave it out of the pipeline and run it on what an"
                + " output @Sink writes.";
        Compilation keyed = compile("@Pipeline", sink);
        assertThat(keyed).hadErrorCount(1);
        assertThat(keyed).hadErrorContaining("[streamz.keyed-unsupported] @Sink stage 'out'" + why);
        Compilation distributed = compile("@Pipeline(distributed = true)", sink);
        assertThat(distributed).hadErrorCount(1);
        assertThat(distributed).hadErrorContaining("[streamz.not-distributable] @Sink stage 'out'" + why);
    }
}
