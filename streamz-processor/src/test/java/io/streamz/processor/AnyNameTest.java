package io.streamz.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Generated code compiles warning-free, and runs fused as interpreted, whatever the user names
 * stages, parameters and helper methods: the simple names of the types generated code uses, the
 * roots of their packages, the names generated code gives its own locals, fields and methods,
 * and restricted or contextual identifiers. Every name takes every role (source, its parameter,
 * a stage with a local, one with a field, a sink, a key or start method, ...) in some pipeline.
 */
class AnyNameTest {
    /** Names that could clash with something generated code writes; every one is a legal method name. */
    static final List<String> NAMES = List.of(
            // simple names of the types generated code refers to
            "Objects",
            "Failures",
            "Named",
            "NamedOperators",
            "Stream",
            "Sink",
            "Accumulated",
            "IntConsumer",
            "LongConsumer",
            "DoubleConsumer",
            "Consumer",
            "Function",
            "IntFunction",
            "List",
            "Completions",
            "AsyncSinks",
            "AsyncCalls",
            "CompletableFuture",
            "CompletionStage",
            "Duration",
            "EventLoop",
            "ZipJoin",
            "CombineLatestJoin",
            "ZipLatestJoin",
            "SlidingWindowBuffer",
            "LongSlidingWindow",
            "PartitionBuffer",
            "UniqueHistory",
            "PrimitiveUniqueHistory",
            "BoundedBuffer",
            "DelayLine",
            "RateLimiter",
            "TimedWindowCollector",
            "Builders",
            "Closing",
            "EmitStage",
            "StreamClosedException",
            "OrderedAsyncMap",
            "Generated",
            "StreamzGenerated",
            "Override",
            "SuppressWarnings",
            "String",
            "Integer",
            "Long",
            "Object",
            "Void",
            "Math",
            "RuntimeException",
            "Throwable",
            "IllegalStateException",
            "UnsupportedOperationException",
            "Builder",
            "Interpreted",
            // package roots
            "java",
            "javax",
            "io",
            "com",
            // names generated code gives its own members and locals
            "builder",
            "build",
            "buildInterpreted",
            "requireSink",
            "tuple",
            "consumer",
            "sink",
            "loop",
            "pending",
            "failure",
            "e",
            "input",
            "done",
            "value",
            "state",
            "element",
            "emit",
            "runEmit",
            // restricted and contextual identifiers
            "yield",
            "record",
            "var",
            "sealed",
            "permits",
            "when",
            "module",
            "open",
            "exports",
            "to",
            "with");

    private static Compilation compiled;

    /** Every pipeline of both templates, compiled once (javac is the slow part). */
    private static synchronized Compilation compilation() {
        if (compiled == null) {
            List<JavaFileObject> sources = new ArrayList<>();
            sources.addAll(sources("Sync", SYNC));
            sources.addAll(sources("Loop", LOOP));
            compiled = Golden.compile(sources);
        }
        return compiled;
    }

    @Test
    void everyNameInEveryRoleCompilesWarningFree() {
        Compilation compilation = compilation();
        assertWithMessage("diagnostics: %s", compilation.diagnostics())
                .that(compilation.status())
                .isEqualTo(Compilation.Status.SUCCESS);
        assertThat(compilation.warnings()).isEmpty();
    }

    @Test
    void everyNameInEveryRoleOfASynchronousPipelineRunsFusedAsInterpreted() throws Exception {
        assertAgree("Sync");
    }

    @Test
    void everyNameInEveryRoleOfAPipelineOnTheLoopRunsFusedAsInterpreted() throws Exception {
        assertAgree("Loop");
    }

    @Test
    void userTypesNamedLikeTheTypesGeneratedCodeUses() throws Exception {
        Compilation compilation = Golden.compile(List.of(
                JavaFileObjects.forSourceString(
                        "com.acme.Stream", "package com.acme;\npublic record Stream(int value) {}\n"),
                JavaFileObjects.forSourceString(
                        "com.acme.Objects", "package com.acme;\npublic record Objects(long total) {}\n"),
                JavaFileObjects.forSourceString(
                        "com.acme.Builder", "package com.acme;\npublic record Builder(String text) {}\n"),
                JavaFileObjects.forSourceString(
                        "com.acme.Override", "package com.acme;\npublic @interface Override {}\n"),
                JavaFileObjects.forSourceString(
                        "com.acme.RuntimeException", "package com.acme;\npublic final class RuntimeException {}\n"),
                JavaFileObjects.forSourceString(
                        "com.acme.IllegalStateException",
                        "package com.acme;\npublic final class IllegalStateException {}\n"),
                JavaFileObjects.forSourceString(
                        "com.acme.Clashing",
                        IMPORTS
                                + String.join(
                                        "\n",
                                        "@Pipeline",
                                        "public interface Clashing {",
                                        "    @Source CompletionStage<Void> emit(int x);",
                                        "    @Map default Stream wrap(int x) { return new Stream(x); }",
                                        "    @Buffer(2) Stream held(Stream s);",
                                        "    @Map default Objects total(Stream s) { return new Objects(s.value() * 2L); }",
                                        "    @Map default Builder text(Objects o) { return new Builder(\"t\" + o.total()); }",
                                        "    @Sink void out(Builder b);",
                                        "    @Sink(from = \"wrap\") void wrapped(Stream s);",
                                        "}"))));
        assertWithMessage("diagnostics: %s", compilation.diagnostics())
                .that(compilation.status())
                .isEqualTo(Compilation.Status.SUCCESS);
        assertThat(compilation.warnings()).isEmpty();
        DifferentialTest.assertAgree(
                DifferentialTest.generatedClass(compilation, "com.acme.Streamz_Clashing"), "Clashing", 5);
    }

    @Test
    void typesAndConstantsTheInterfaceDeclaresOrInheritsNamedLikeTheTypesGeneratedCodeUses() throws Exception {
        Compilation compilation = Golden.compile(List.of(
                JavaFileObjects.forSourceString(
                        "com.acme.Base",
                        String.join(
                                "\n",
                                "package com.acme;",
                                "public interface Base {",
                                "    String Duration = \"a constant\";",
                                "    final class Completions {}",
                                "    interface EventLoop {}",
                                "}")),
                JavaFileObjects.forSourceString(
                        "com.acme.Members",
                        IMPORTS
                                + String.join(
                                        "\n",
                                        "@Pipeline",
                                        "public interface Members extends Base {",
                                        "    int Objects = 1;",
                                        "    String Failures = \"f\";",
                                        "    final class Named {}",
                                        "    interface Stream {}",
                                        "    enum AsyncSinks { A }",
                                        "    @Source CompletionStage<Void> emit(int x);",
                                        "    @Map default int plus(int x) { return x + Objects; }",
                                        "    @Delay(5) int later(int x);",
                                        "    @Accumulate default long total(long sum, int x) { return sum + x; }",
                                        "    @Sink CompletionStage<Void> out(long total);",
                                        "    @Sink(from = \"plus\") void plain(int x);",
                                        "}"))));
        assertWithMessage("diagnostics: %s", compilation.diagnostics())
                .that(compilation.status())
                .isEqualTo(Compilation.Status.SUCCESS);
        assertThat(compilation.warnings()).isEmpty();
        DifferentialTest.assertAgree(
                DifferentialTest.generatedClass(compilation, "com.acme.Streamz_Members"), "Members", 5);
    }

    /** Roles {0}, {1}, ... of a pipeline without a loop. */
    private static final String SYNC = String.join(
            "\n",
            "@Pipeline",
            "public interface {name} {",
            "    @Source void {0}(int {1});",
            "    @Map default int {2}(int x) { return x + 1; }",
            "    @Filter default boolean {3}(int x) { return x % 7 != 0; }",
            "    @Unique(history = 8, key = \"{4}\") int {5}(int x);",
            "    default int {4}(int x) { return x % 50; }",
            "    @Accumulate(start = \"{6}\") default long {7}(long sum, int x) { return sum + x; }",
            "    static long {6}() { return 0L; }",
            "    @SlidingWindow(2) List<Long> {8}(long x);",
            "    @Map default long {9}(List<Long> w) { return w.get(0) - w.get(1); }",
            "    @Sink void {10}(long {11});",
            "    @Sink(from = \"{2}\") default void {12}(int x) {}",
            "    @Accumulate(from = \"{2}\") default int {13}(int state, int x) { return state > x ? state : x; }",
            "    @Partition(value = 2, key = \"{14}\") List<Integer> {15}(int x);",
            "    default Object {14}(int x) { return x % 2; }",
            "    @Sink void {16}(List<Integer> {17});",
            "    @Zip(from = {\"{13}\", \"{2}\"}) default String {18}(int a, int b) { return a + \"/\" + b; }",
            "    @Sink void {19}(String {20});",
            "}");

    /** Roles {0}, {1}, ... of a pipeline on the event loop. */
    private static final String LOOP = String.join(
            "\n",
            "@Pipeline",
            "public interface {name} {",
            "    @Source CompletionStage<Void> {0}(int {1});",
            "    @Map default int {2}(int x) { return x * 2; }",
            "    @Map(from = \"{0}\") default int {3}(int x) { return x + 1; }",
            "    @Zip(from = {\"{2}\", \"{3}\"}) default long {4}(int a, int b) { return (long) a + b; }",
            "    @Buffer(4) long {5}(long x);",
            "    @Delay(10) long {6}(long x);",
            "    @Sink CompletionStage<Void> {7}(long {8});",
            "    @CombineLatest(from = {\"{2}\", \"{3}\"}, emitOn = \"{2}\") List<Object> {9}(int a, int b);",
            "    @Sink void {10}(List<Object> {11});",
            "    @MapAsync(value = 2, from = \"{4}\") default CompletionStage<String> {12}(long x) {",
            "        return CompletableFuture.completedFuture(\"v\" + x);",
            "    }",
            "    @Sink void {13}(String {14});",
            "    @Union(from = {\"{2}\", \"{3}\"}) int {15}(int x);",
            "    @RateLimit(5) int {16}(int x);",
            "    @TimedWindow(100) List<Integer> {17}(int x);",
            "    @Sink void {18}(List<Integer> {19});",
            "    @ZipLatest(from = {\"{2}\", \"{16}\"}) default String {20}(int a, int b) { return a + \":\" + b; }",
            "    @Sink default CompletionStage<Void> {21}(String s) { return CompletableFuture.completedFuture(null); }",
            "}");

    private static final String IMPORTS = String.join(
            "\n",
            "package com.acme;",
            "",
            "import io.streamz.annotations.Accumulate;",
            "import io.streamz.annotations.Buffer;",
            "import io.streamz.annotations.CombineLatest;",
            "import io.streamz.annotations.Delay;",
            "import io.streamz.annotations.Filter;",
            "import io.streamz.annotations.Map;",
            "import io.streamz.annotations.MapAsync;",
            "import io.streamz.annotations.Partition;",
            "import io.streamz.annotations.Pipeline;",
            "import io.streamz.annotations.RateLimit;",
            "import io.streamz.annotations.Sink;",
            "import io.streamz.annotations.SlidingWindow;",
            "import io.streamz.annotations.Source;",
            "import io.streamz.annotations.TimedWindow;",
            "import io.streamz.annotations.Union;",
            "import io.streamz.annotations.Unique;",
            "import io.streamz.annotations.Zip;",
            "import io.streamz.annotations.ZipLatest;",
            "import java.util.List;",
            "import java.util.concurrent.CompletableFuture;",
            "import java.util.concurrent.CompletionStage;",
            "",
            "");

    /**
     * One pipeline per name in {@link #NAMES}: pipeline {@code k} gives role {@code j} the name
     * {@code k + j}, so every name takes every role once.
     */
    private static List<JavaFileObject> sources(String prefix, String template) {
        List<JavaFileObject> sources = new ArrayList<>();
        for (int k = 0; k < NAMES.size(); k++) {
            String body = template.replace("{name}", prefix + k);
            for (int role = 40; role >= 0; role--) {
                body = body.replace("{" + role + "}", NAMES.get((k + role) % NAMES.size()));
            }
            sources.add(JavaFileObjects.forSourceString("com.acme." + prefix + k, IMPORTS + body));
        }
        return sources;
    }

    private static void assertAgree(String prefix) throws Exception {
        Compilation compilation = compilation();
        assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
        for (int k = 0; k < NAMES.size(); k++) {
            String pipeline = prefix + k;
            DifferentialTest.assertAgree(
                    DifferentialTest.generatedClass(compilation, "com.acme.Streamz_" + pipeline), pipeline, 2);
        }
    }
}
