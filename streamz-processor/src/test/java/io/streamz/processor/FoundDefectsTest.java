package io.streamz.processor;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.streamz.processor.RandomPipeline.Call;
import io.streamz.processor.RandomPipeline.Case;
import io.streamz.processor.RandomPipeline.Kind;
import io.streamz.processor.RandomPipeline.Stage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The smallest pipelines {@link RandomPipelinePropertyTest} shrank its failures to, each a
 * regression test. {@link RandomPipeline} generates every shape, so a red property is a defect.
 * Flattens and asynchronous maps are here as the near misses of the name clashes: several of one
 * kind in one fused method.
 */
class FoundDefectsTest {
    private static Stage source() {
        return new Stage(Kind.SOURCE, List.of(), 0, 0);
    }

    private static Stage stage(Kind kind, int from, int p, int q) {
        return new Stage(kind, List.of(from), p, q);
    }

    @Test
    void twoStateReturningAccumulatesInOneSegment() {
        RandomPipelinePropertyTest.agree(new Case(
                List.of(
                        source(),
                        stage(Kind.ACC_STATE, 0, 0, 0),
                        stage(Kind.ACC_STATE, 1, 0, 0),
                        stage(Kind.SINK, 2, 0, 0)),
                false,
                List.of(new Call(0, 1, 0), new Call(0, 2, 0), new Call(0, 13, 0), new Call(0, 3, 0))));
    }

    @Test
    void twoKeyedStagesInOneSegment() {
        RandomPipelinePropertyTest.agree(new Case(
                List.of(
                        source(),
                        stage(Kind.UNIQUE_KEY, 0, 0, 0),
                        stage(Kind.PARTITION_KEY, 1, 1, 0),
                        stage(Kind.SINK, 2, 0, 0)),
                false,
                List.of(new Call(0, 1, 0), new Call(0, 2, 0), new Call(0, 3, 0), new Call(0, 4, 0))));
    }

    @Test
    void twoFlattensInOneSegment() {
        RandomPipelinePropertyTest.agree(new Case(
                List.of(
                        source(),
                        stage(Kind.MAP_PAIR, 0, 1, 0),
                        stage(Kind.FLATTEN, 1, 0, 0),
                        stage(Kind.MAP_PAIR, 2, 2, 0),
                        stage(Kind.FLATTEN, 3, 0, 0),
                        stage(Kind.SINK, 4, 0, 0)),
                false,
                List.of(new Call(0, 1, 0), new Call(0, 2, 0))));
    }

    @Test
    void twoAsyncMapsInOneSegment() {
        RandomPipelinePropertyTest.agree(new Case(
                List.of(
                        source(),
                        stage(Kind.MAP_ASYNC, 0, 1, 0),
                        stage(Kind.MAP_ASYNC, 1, 0, 0),
                        stage(Kind.SINK, 2, 0, 0)),
                true,
                List.of(new Call(0, 1, 0), new Call(0, 4, 0), new Call(0, 13, 100))));
    }

    /**
     * Issue 10, defect 10: a stage between a lock-step zip's inputs re-enters the source (fixed on
     * main by dc2e942: the fused zip publishes the values it holds in locals before user code runs).
     */
    @Test
    void reentrantSourceInsideALockStepZip() {
        RandomPipelinePropertyTest.agree(new Case(
                List.of(
                        source(),
                        stage(Kind.MAP_ADD, 0, 0, 0),
                        stage(Kind.MAP_REENTER, 0, 0, 0),
                        new Stage(Kind.ZIP_FN, List.of(1, 2), 1, 0),
                        stage(Kind.SINK, 3, 0, 0)),
                false,
                List.of(new Call(0, 10, 0), new Call(0, 3, 0))));
    }

    /**
     * A {@code @Zip} with a function whose parameter is {@code Object}: the generated tuple
     * reader cast {@code (Object) tuple.get(0)}, a redundant cast that {@code -Xlint:all -Werror}
     * rejects.
     */
    @Test
    void aJoinFunctionTakingObject() {
        RandomPipelinePropertyTest.agree(new Case(
                List.of(
                        source(),
                        source(),
                        new Stage(Kind.ZIP, List.of(0, 1), 0, 0),
                        stage(Kind.FLATTEN_TUPLE, 2, 0, 0),
                        new Stage(Kind.ZIP_FN, List.of(3, 0), 0, 0),
                        stage(Kind.SINK, 4, 0, 0)),
                false,
                List.of(new Call(0, 1, 0), new Call(1, 2, 0), new Call(0, 3, 0), new Call(1, 4, 0))));
    }

    /** The same in a lock-step zip (two branches of one stage joined again) of {@code Object}s. */
    @Test
    void aLockStepZipOfObjects() {
        RandomPipelinePropertyTest.agree(new Case(
                List.of(
                        source(),
                        source(),
                        new Stage(Kind.ZIP, List.of(0, 1), 0, 0),
                        stage(Kind.FLATTEN_TUPLE, 2, 0, 0),
                        stage(Kind.UNIQUE, 3, 0, 0),
                        new Stage(Kind.ZIP_FN, List.of(3, 4), 0, 0),
                        new Stage(Kind.ZIP, List.of(4, 3), 0, 0),
                        stage(Kind.SINK, 5, 0, 0),
                        stage(Kind.SINK, 6, 0, 0)),
                true,
                List.of(new Call(0, 1, 0), new Call(1, 2, 0), new Call(0, 1, 0), new Call(1, 4, 100))));
    }

    /**
     * A keyed pipeline whose elements are {@code Object}s: the engine body cast an abstract sink's
     * value, a segment's input and a join function's arguments to {@code Object}, redundant casts
     * that {@code -Xlint:all -Werror} rejects.
     */
    @Test
    void aKeyedPipelineOfObjects() throws Exception {
        Compilation compilation = Golden.compile(List.of(JavaFileObjects.forSourceLines(
                "com.acme.Things",
                "package com.acme;",
                "import io.streamz.annotations.*;",
                "@Pipeline",
                "public interface Things {",
                "    @Source void emit(String line);",
                "    @io.streamz.annotations.Map default Object parsed(String line) {",
                "        return line.length() % 2 == 0 ? (Object) line.length() : line;",
                "    }",
                "    @KeyBy(key = \"kind\") Object byKind(Object value);",
                "    default String kind(Object value) { return value.getClass().getSimpleName(); }",
                "    @Unique(history = 3) Object fresh(Object value);",
                "    @Sink void out(Object value);",
                "    @io.streamz.annotations.Map(from = \"byKind\") default Object text(Object value) { return \"t\" + value; }",
                "    @Zip(from = {\"byKind\", \"text\"}) default Object both(Object a, Object b) { return a + \"/\" + b; }",
                "    @Sink void pairs(Object pair);",
                "}")));
        assertThat(compilation.errors()).isEmpty();
        assertThat(compilation.warnings()).isEmpty();
        DifferentialTest.assertAgree(
                DifferentialTest.generatedClass(compilation, "com.acme.Streamz_Things"), "Things", 5);
    }

    /**
     * {@code key} and {@code start} naming methods inherited from a generic superinterface: they
     * were judged by their declared types ({@code T key(S element)} takes an {@code S}, "which
     * cannot accept Integer"), not as members of the pipeline, which extends {@code Base<Integer,
     * String>}; now the generated code declares the keys as {@code String}.
     */
    @Test
    void keyAndStartMethodsInheritedFromAGenericSuperinterface() throws Exception {
        Compilation compilation = Golden.compile(List.of(
                JavaFileObjects.forSourceLines(
                        "com.acme.Base",
                        "package com.acme;",
                        "public interface Base<S, K> {",
                        "    default S zero() { return null; }",
                        "    @SuppressWarnings(\"unchecked\") default K key(S element) { return (K) (\"k\" + element.hashCode() % 3); }",
                        "}"),
                JavaFileObjects.forSourceLines(
                        "com.acme.Inherits",
                        "package com.acme;",
                        "import io.streamz.annotations.*;",
                        "import java.util.List;",
                        "@Pipeline",
                        "public interface Inherits extends Base<Integer, String> {",
                        "    @Source void emit(Integer x);",
                        "    @KeyBy(key = \"key\") Integer byKey(Integer x);",
                        "    @Accumulate(start = \"zero\") default Integer total(Integer sum, Integer x) {",
                        "        return sum == null || x == null ? x : sum + x;",
                        "    }",
                        "    @Unique(history = 2, key = \"key\") Integer fresh(Integer x);",
                        "    @Partition(value = 2, key = \"key\") List<Integer> pairs(Integer x);",
                        "    @Sink void out(List<Integer> pair);",
                        "}")));
        assertThat(compilation.errors()).isEmpty();
        assertThat(compilation.warnings()).isEmpty();
        DifferentialTest.assertAgree(
                DifferentialTest.generatedClass(compilation, "com.acme.Streamz_Inherits"), "Inherits", 5);
    }
}
