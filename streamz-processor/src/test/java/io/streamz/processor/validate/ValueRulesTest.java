package io.streamz.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code ValueRules}, one rule at a time: each bad annotation value gets its own positioned error
 * with the exact text (the corpus checks codes and lines only), and the values just inside each
 * bound are accepted.
 */
class ValueRulesTest {
    private static final String KEY_SHAPE =
            "[streamz.bad-method-shape] key = \"lower\" must name a default method taking the element (String) and"
                    + " returning its key; 'lower' %s. Change it to 'default K lower(String element) { ... }'.";
    private static final String START_SHAPE = "[streamz.bad-method-shape] start = \"zero\" must name a no-argument"
            + " default or static method returning the initial state (long); 'zero' %s. Change it to 'default long"
            + " zero() { ... }'.";
    private static final String ACCUMULATE =
            "@Accumulate(start = \"zero\") default long total(long sum, int x) { return sum + x; }";

    private static Compilation compile(String... members) {
        return RulesPipeline.compile(
                List.of(
                        "java.util.List",
                        "java.util.concurrent.CompletableFuture",
                        "java.util.concurrent.CompletionStage"),
                members);
    }

    /** Exactly these errors, each on the line holding its text (pairs: line text, message). */
    private static void assertErrors(Compilation compilation, String... lineAndMessage) {
        assertThat(compilation).hadErrorCount(lineAndMessage.length / 2);
        for (int i = 0; i < lineAndMessage.length; i += 2) {
            assertThat(compilation)
                    .hadErrorContaining(lineAndMessage[i + 1])
                    .inFile(compilation.sourceFiles().get(0))
                    .onLineContaining(lineAndMessage[i]);
        }
    }

    @Test
    void aSizeBelowOneSaysWhatTheSizeCountsForEachStageKind() {
        Compilation compilation = compile(
                "@Source void emit(int x);",
                "@Partition(0) List<Integer> batch(int x);",
                "@Sink void batches(List<Integer> b);",
                "@PartitionUnique(value = -1, from = \"emit\") List<Integer> groups(int x);",
                "@Sink void distinct(List<Integer> g);",
                "@SlidingWindow(value = 0, from = \"emit\") List<Integer> window(int x);",
                "@Sink void windows(List<Integer> w);",
                "@Buffer(value = 0, from = \"emit\") int queued(int x);",
                "@Sink void drained(int x);",
                "@MapAsync(value = 0, from = \"emit\") default CompletionStage<Integer> looked(int x) {"
                        + " return CompletableFuture.completedFuture(x); }",
                "@Sink void answers(int x);");
        assertErrors(
                compilation,
                "batch(int x)",
                "[streamz.non-positive-size] @Partition stage 'batch' needs a size of at least 1; found 0. Give the"
                        + " number of elements per partition, e.g. @Partition(3).",
                "groups(int x)",
                "[streamz.non-positive-size] @PartitionUnique stage 'groups' needs a size of at least 1; found -1."
                        + " Give the number of distinct keys per group, e.g. @PartitionUnique(3).",
                "window(int x)",
                "[streamz.non-positive-size] @SlidingWindow stage 'window' needs a size of at least 1; found 0. Give"
                        + " the number of elements per window, e.g. @SlidingWindow(3).",
                "queued(int x)",
                "[streamz.non-positive-size] @Buffer stage 'queued' needs a size of at least 1; found 0. Give how"
                        + " many elements may wait in the buffer, e.g. @Buffer(3).",
                "looked(int x)",
                "[streamz.non-positive-size] @MapAsync stage 'looked' needs a size of at least 1; found 0. Give the"
                        + " most calls in flight at once (parallelism), e.g. @MapAsync(3).");
    }

    @Test
    void theValuesJustInsideEachBoundAreAccepted() {
        Compilation compilation = compile(
                "@Source void emit(int x);",
                "@Partition(1) List<Integer> batch(int x);",
                "@Sink void batches(List<Integer> b);",
                "@PartitionUnique(value = 1, from = \"emit\") List<Integer> groups(int x);",
                "@Sink void distinct(List<Integer> g);",
                "@SlidingWindow(value = 1, from = \"emit\") List<Integer> window(int x);",
                "@Sink void windows(List<Integer> w);",
                "@Buffer(value = 1, from = \"emit\") int queued(int x);",
                "@Sink void drained(int x);",
                "@MapAsync(value = 1, from = \"emit\") default CompletionStage<Integer> looked(int x) {"
                        + " return CompletableFuture.completedFuture(x); }",
                "@Sink void answers(int x);",
                "@Unique(history = 0, from = \"emit\") int unique(int x);",
                "@Sink void uniques(int x);",
                "@Slice(from = \"emit\", start = 0, end = 0, step = 1) int none(int x);",
                "@Sink void sliced(int x);");
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void aNegativeHistorySaysWhatZeroAndPositiveHistoriesMean() {
        assertErrors(
                compile(
                        "@Source void emit(int x);",
                        "@Unique(history = -1) int unique(int x);",
                        "@Sink void o(int x);"),
                "unique(int x)",
                "[streamz.negative-history] @Unique stage 'unique' has a negative history; found history = -1. Use 0"
                        + " to remember every element ever seen, or n > 0 to remember the last n.");
    }

    @Test
    void eachBadSliceBoundIsAnErrorOfItsOwn() {
        assertErrors(
                compile(
                        "@Source void emit(int x);",
                        "@Slice(start = -1, end = -2, step = 0) int sliced(int x);",
                        "@Sink void o(int x);"),
                "sliced(int x)",
                "[streamz.bad-slice] @Slice stage 'sliced' starts at a negative position; found start = -1. A stream"
                        + " has no end to count back from: give the first position, 0 or more.",
                "sliced(int x)",
                "[streamz.bad-slice] @Slice stage 'sliced' ends at a negative position; found end = -2. Give the"
                        + " position before which the slice ends, 0 or more, or leave end out (Slice.NO_END) for no"
                        + " end.",
                "sliced(int x)",
                "[streamz.bad-slice] @Slice stage 'sliced' needs a step of at least 1; found step = 0. Give every how"
                        + " many positions an element passes, e.g. step = 2.");
    }

    @Test
    void aJoinOfNoneOrOneInputIsOneErrorCountingItsInputs() {
        String advice = " Name at least two upstream stages, e.g. from = {\"a\", \"b\"}; for one input use a"
                + " single-input stage instead.";
        assertErrors(
                compile("@Source void emit(int x);", "@Union(from = {}) int all(int x);", "@Sink void o(int x);"),
                "all(int x)",
                "[streamz.too-few-inputs] @Union stage 'all' joins several streams but from names 0 stages." + advice);
        assertErrors(
                compile(
                        "@Source void emit(int x);",
                        "@Zip(from = {\"emit\"}) List<Object> pair(int x);",
                        "@Sink void o(List<Object> x);"),
                "pair(int x)",
                "[streamz.too-few-inputs] @Zip stage 'pair' joins several streams but from names 1 stage [emit]."
                        + advice);
    }

    @Test
    void anInputListedTwiceIsNamedOnItsValue() {
        assertErrors(
                compile(
                        "@Source void a(int x);",
                        "@Source void b(int x);",
                        "@Union(from = {\"a\", \"b\",",
                        "    \"b\"}) int all(int x);",
                        "@Sink void o(int x);"),
                "    \"b\"}) int all",
                "[streamz.duplicate-input] @Union stage 'all' lists input \"b\" more than once in from = [a, b, b]."
                        + " Name each input once; to use one stream twice, add a @Map stage that copies it and name"
                        + " both.");
    }

    @Test
    void anEmitOnThatIsNoInputSuggestsTheClosestOrListsTheInputs() {
        String start = "[streamz.unknown-emit-on] emitOn = \"%s\" is not an input of @CombineLatest stage 'latest';"
                + " its inputs are [prices, orders].";
        assertErrors(
                compile(
                        "@Source void prices(double p);",
                        "@Source void orders(int q);",
                        "@CombineLatest(from = {\"prices\", \"orders\"}, emitOn = \"order\")",
                        "List<Object> latest(double p, int q);",
                        "@Sink void o(List<Object> x);"),
                "emitOn = \"order\"",
                start.formatted("order") + " Did you mean \"orders\"?");
        assertErrors(
                compile(
                        "@Source void prices(double p);",
                        "@Source void orders(int q);",
                        "@CombineLatest(from = {\"prices\", \"orders\"}, emitOn = {\"orders\", \"somethingElse\"})",
                        "List<Object> latest(double p, int q);",
                        "@Sink void o(List<Object> x);"),
                "\"somethingElse\"",
                start.formatted("somethingElse") + " Name one of them, or leave emitOn empty to emit on every input.");
    }

    @Test
    void withStateAndReturnsStateTogetherSayWhichToDrop() {
        assertErrors(
                compile(
                        "@Source void emit(int x);",
                        "@Accumulate(start = \"zero\", returnsState = true, withState = true)",
                        "default io.streamz.Accumulated<Long, String> total(long sum, int x) {"
                                + " return io.streamz.Accumulated.of(sum + x, \"+\" + x); }",
                        "static long zero() { return 0L; }",
                        "@Sink void o(String x);"),
                "withState = true",
                "[streamz.with-state-returns-state] @Accumulate stage 'total' sets both withState and returnsState."
                        + " With returnsState the method already returns Accumulated<S, R>, the state alongside the"
                        + " value: drop withState and return the state as part of the value, or drop returnsState and"
                        + " return the state to emit Accumulated<S, S>.");
    }

    @Test
    void aKeyByWithoutAKeyShowsHowToNameOne() {
        assertErrors(
                compile("@Source void emit(String w);", "@KeyBy String byWord(String w);", "@Sink void o(String w);"),
                "byWord(String w)",
                "[streamz.key-by-shape] @KeyBy stage 'byWord' names no key method. Add key = \"<method>\" naming a"
                        + " default method 'K <method>(T element)' that returns the element's key, e.g. @KeyBy(key ="
                        + " \"customer\").");
    }

    @Test
    void anUnknownKeyMethodSuggestsTheClosestOrListsTheHelpers() {
        String start = "[streamz.unknown-method] key = \"%s\" names no method of Rules.";
        String end = " Declare 'default K %s(T element)' returning the key.";
        assertErrors(
                compile(
                        "@Source void emit(String w);",
                        "@KeyBy(key = \"lowr\") String byWord(String w);",
                        "@Sink void o(String w);",
                        "default String lower(String w) { return w; }"),
                "byWord",
                start.formatted("lowr") + " Did you mean \"lower\"?" + end.formatted("lowr"));
        assertErrors(
                compile(
                        "@Source void emit(String w);",
                        "@KeyBy(key = \"hash\") String byWord(String w);",
                        "@Sink void o(String w);",
                        "default String lower(String w) { return w; }",
                        "default String upper(String w) { return w; }"),
                "byWord",
                start.formatted("hash") + " Known non-stage methods: lower, upper." + end.formatted("hash"));
        assertErrors(
                compile(
                        "@Source void emit(String w);",
                        "@Unique(key = \"hash\") String distinct(String w);",
                        "@Sink void o(String w);"),
                "distinct",
                start.formatted("hash") + " There are no non-stage methods." + end.formatted("hash"));
    }

    @Test
    void eachWayAKeyMethodCannotBeCalledIsNamed() {
        assertErrors(
                compile(
                        "@Source void emit(String w);",
                        "@KeyBy(key = \"lower\") String byWord(String w);",
                        "@Sink void o(String w);",
                        "static String lower(String w) { return w; }"),
                "byWord",
                KEY_SHAPE.formatted("is static"));
        assertErrors(
                compile(
                        "@Source void emit(String w);",
                        "@Unique(key = \"lower\") String distinct(String w);",
                        "@Sink void o(String w);",
                        "private String lower(String w) { return w; }"),
                "distinct",
                KEY_SHAPE.formatted("is private"));
        assertErrors(
                compile(
                        "@Source void emit(String w);",
                        "@Unique(key = \"lower\") String distinct(String w);",
                        "@Sink void o(String w);",
                        "String lower(String w);"),
                "distinct",
                KEY_SHAPE.formatted("is abstract"),
                "String lower(String w);",
                "[streamz.non-stage-abstract-method] abstract method 'lower' has no stage annotation; the generated"
                        + " class could not implement it.");
        assertErrors(
                compile(
                        "@Source void emit(String w);",
                        "@PartitionUnique(value = 2, key = \"lower\") List<String> groups(String w);",
                        "@Sink void o(List<String> w);",
                        "default <T> String lower(String w) { return w; }"),
                "groups",
                KEY_SHAPE.formatted("is generic"));
        assertErrors(
                compile(
                        "@Source void emit(String w);",
                        "@TimedWindowUnique(value = 1000, key = \"lower\") List<String> recent(String w);",
                        "@Sink void o(List<String> w);",
                        "default String lower(String w) throws java.io.IOException { return w; }"),
                "recent",
                KEY_SHAPE.formatted("throws checked IOException"));
    }

    @Test
    void aKeyMethodMustTakeTheElementAndReturnAKey() {
        String[] pipeline = {
            "@Source void emit(String w);",
            "@Partition(value = 2, key = \"lower\")" + " List<String> pairs(String w);",
            "@Sink void o(List<String> w);",
            null
        };
        pipeline[3] = "default String lower(String w, int x) { return w; }";
        assertErrors(compile(pipeline), "pairs", KEY_SHAPE.formatted("takes 2 parameters"));
        pipeline[3] = "default String lower() { return \"\"; }";
        assertErrors(compile(pipeline), "pairs", KEY_SHAPE.formatted("takes 0 parameters"));
        pipeline[3] = "default void lower(String w) {}";
        assertErrors(compile(pipeline), "pairs", KEY_SHAPE.formatted("returns void"));
        pipeline[3] = "default int lower(Integer w) { return w; }";
        assertErrors(compile(pipeline), "pairs", KEY_SHAPE.formatted("takes Integer, which cannot accept String"));
    }

    @Test
    void aKeyMethodOverloadedOrThrowingUncheckedIsAccepted() {
        assertThat(compile(
                        "@Source void emit(String w);",
                        "@Unique(key = \"lower\") String distinct(String w);",
                        "@Sink void o(String w);",
                        "default String lower() { return \"\"; }",
                        "default String lower(String w) throws IllegalStateException { return w; }"))
                .succeededWithoutWarnings();
    }

    @Test
    void aKeyOfAStageWithoutOneElementIsDescribedWithoutItsType() {
        assertErrors(
                compile(
                        "@Source void emit(String w);",
                        "@Unique(key = \"lower\") String distinct(String w, int x);",
                        "@Sink void o(String w);",
                        "default void lower(String w) {}"),
                "distinct",
                "[streamz.wrong-arity] @Unique stage 'distinct' must take exactly one parameter, the element; it takes"
                        + " 2 parameters.",
                "distinct",
                "[streamz.bad-method-shape] key = \"lower\" must name a default method taking the element and"
                        + " returning its key; 'lower' returns void. Change it to 'default K lower(T element) { ..."
                        + " }'.");
    }

    @Test
    void anUnknownStartMethodSuggestsTheClosestOrSaysThereAreNone() {
        String end = " Declare 'default S %s()' (or static) returning the initial state.";
        assertErrors(
                compile(
                        "@Source void emit(int x);",
                        ACCUMULATE.replace("zero", "zeri"),
                        "@Sink void o(long x);",
                        "default long zero() { return 0; }"),
                "total",
                "[streamz.unknown-method] start = \"zeri\" names no method of Rules. Did you mean \"zero\"?"
                        + end.formatted("zeri"));
        assertErrors(
                compile("@Source void emit(int x);", ACCUMULATE, "@Sink void o(long x);"),
                "total",
                "[streamz.unknown-method] start = \"zero\" names no method of Rules. There are no non-stage methods."
                        + end.formatted("zero"));
    }

    @Test
    void eachWayAStartMethodCannotGiveTheInitialStateIsNamed() {
        String[] pipeline = {"@Source void emit(int x);", ACCUMULATE, "@Sink void o(long x);", null};
        pipeline[3] = "default <T> long zero() { return 0; }";
        assertErrors(compile(pipeline), "total", START_SHAPE.formatted("is generic"));
        pipeline[3] = "default long zero() throws Exception { return 0; }";
        assertErrors(compile(pipeline), "total", START_SHAPE.formatted("throws checked Exception"));
        pipeline[3] = "default long zero(int a, int b) { return 0; }";
        assertErrors(compile(pipeline), "total", START_SHAPE.formatted("takes 2 parameters"));
        pipeline[3] = "default long zero(int a) { return 0; }";
        assertErrors(compile(pipeline), "total", START_SHAPE.formatted("takes 1 parameter"));
        pipeline[3] = "default void zero() {}";
        assertErrors(compile(pipeline), "total", START_SHAPE.formatted("returns void"));
        pipeline[3] = "default String zero() { return \"0\"; }";
        assertErrors(compile(pipeline), "total", START_SHAPE.formatted("returns String, which is not a long"));
        pipeline[3] = "private long zero() { return 0; }";
        assertErrors(compile(pipeline), "total", START_SHAPE.formatted("is private"));
        pipeline[3] = "long zero();";
        assertErrors(
                compile(pipeline),
                "total",
                START_SHAPE.formatted("is abstract"),
                "long zero();",
                "[streamz.non-stage-abstract-method] abstract method 'zero' has no stage annotation");
    }

    @Test
    void aStaticOrOverloadedStartMethodIsAccepted() {
        assertThat(compile(
                        "@Source void emit(int x);",
                        ACCUMULATE,
                        "@Sink void o(long x);",
                        "static long zero() {" + " return 0; }"))
                .succeededWithoutWarnings();
        assertThat(compile(
                        "@Source void emit(int x);",
                        ACCUMULATE,
                        "@Sink void o(long x);",
                        "default long zero(int a) { return a; }",
                        "default long zero() { return 0; }"))
                .succeededWithoutWarnings();
    }

    @Test
    void aStartOfAnAccumulateWithoutAStateIsDescribedWithoutItsType() {
        assertErrors(
                compile(
                        "@Source void emit(int x);",
                        "@Accumulate(start = \"zero\") default long total(int x) { return x; }",
                        "@Sink void o(long x);",
                        "default void zero() {}"),
                "total",
                "[streamz.wrong-arity] @Accumulate stage 'total' must take two parameters (state, element); it takes"
                        + " 1 parameter.",
                "total",
                "[streamz.bad-method-shape] start = \"zero\" must name a no-argument default or static method"
                        + " returning the initial state; 'zero' returns void. Change it to 'default S zero() { ..."
                        + " }'.");
    }
}
