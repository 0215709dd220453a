package io.streamz.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.streamz.GlobalSinks;
import io.streamz.Sink;
import io.streamz.VirtualTimeLoop;
import io.streamz.check.Property;
import io.streamz.processor.RandomPipeline.Call;
import io.streamz.processor.RandomPipeline.Case;
import io.streamz.processor.RandomPipeline.Kind;
import io.streamz.processor.RandomPipeline.Stage;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Random {@code @Pipeline} interfaces over every stage kind, time stages included, compiled by the
 * real processor in the test: the fused build and its interpreted twin, each on a
 * {@link VirtualTimeLoop} of its own, get the same source calls at the same virtual times and must
 * log the same sink calls, the same exceptions and the same loop failures. User functions throw
 * for some values and some stages call a source again. A failure is shrunk and printed as the
 * {@code @Pipeline} source and the calls.
 */
class RandomPipelinePropertyTest {
    /** Compiled pipelines by source text: shrinking asks for the same one many times. */
    private static final Map<String, Class<?>> COMPILED = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Class<?>> eldest) {
            return size() > 64;
        }
    };

    /** The processor rejected a pipeline or generated code that does not compile; kept apart from a difference. */
    static final class NotCompiled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** The first diagnostic's code ({@code [cast]}, {@code [streamz.duplicate-input]}), or the whole message. */
        final String code;

        NotCompiled(String message) {
            super(message);
            java.util.regex.Matcher code = java.util.regex.Pattern.compile("(?:error|warning): (\\[[\\w.-]+\\])")
                    .matcher(message);
            this.code = code.find() ? code.group(1) : message;
        }
    }

    /** The same failure: the same exception class and, for code that does not compile, the same diagnostic. */
    static boolean sameFailure(Throwable first, Throwable other) {
        return first.getClass() == other.getClass()
                && (!(first instanceof NotCompiled) || ((NotCompiled) first).code.equals(((NotCompiled) other).code));
    }

    @Test
    void fusedAndInterpretedAgreeOnRandomPipelines() {
        Property.of(
                        "fused == interpreted on random @Pipeline sources",
                        RandomPipeline.cases(12, 40),
                        PipelineText::show)
                .tries(40)
                .shrinkBudget(400)
                .sameFailure(RandomPipelinePropertyTest::sameFailure)
                .check(RandomPipelinePropertyTest::agree);
    }

    /**
     * Keyed: the generated {@code Engine} body on {@code LocalEngine} (what {@code build()} runs
     * for a pipeline with a {@code @KeyBy}) and the twin's per-key subgraphs log the same calls.
     */
    @Test
    void theEngineAndTheKeyedTwinAgreeOnRandomKeyedPipelines() {
        Property.of(
                        "LocalEngine == per-key twin on random keyed @Pipeline sources",
                        RandomPipeline.keyedCases(10, 40),
                        PipelineText::show)
                .tries(40)
                .shrinkBudget(400)
                .sameFailure(RandomPipelinePropertyTest::sameFailure)
                .check(RandomPipelinePropertyTest::agree);
    }

    @Test
    void theGeneratorReachesEveryStageKind() {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        var gen = RandomPipeline.cases(12, 40);
        for (int seed = 0; seed < 300; seed++) {
            Case c = gen.next(new Random(seed));
            assertTrue(RandomPipeline.types(c.stages()) != null, () -> PipelineText.show(c));
            c.stages().forEach(stage -> kinds.add(stage.kind()));
        }
        assertEquals(EnumSet.complementOf(EnumSet.of(Kind.KEY_BY)), kinds);
        var keyed = RandomPipeline.keyedCases(12, 40);
        for (int seed = 0; seed < 300; seed++) {
            Case c = keyed.next(new Random(seed));
            assertTrue(RandomPipeline.types(c.stages()) != null, () -> PipelineText.show(c));
            c.stages().forEach(stage -> kinds.add(stage.kind()));
        }
        assertEquals(EnumSet.allOf(Kind.class), kinds);
    }

    @Test
    void aPipelineIsWrittenAsJava() {
        Case c = new Case(
                List.of(
                        new Stage(Kind.SOURCE, List.of(), 0, 0),
                        new Stage(Kind.MAP_REENTER, List.of(0), 0, 0),
                        new Stage(Kind.ZIP, List.of(1, 0), 1, 0),
                        new Stage(Kind.SINK, List.of(2), 0, 0)),
                false,
                List.of(new Call(0, 10, 0), new Call(0, 3, 100)));
        assertEquals(
                String.join(
                        "\n",
                        "package rnd;",
                        "",
                        "import io.streamz.Accumulated;",
                        "import io.streamz.annotations.*;",
                        "import java.util.List;",
                        "import java.util.concurrent.CompletableFuture;",
                        "import java.util.concurrent.CompletionStage;",
                        "",
                        "@Pipeline",
                        "public interface Random {",
                        "    @Source void src0(int x);",
                        "    @Map default int s1(int x) {",
                        "        if (Math.floorMod(x, 7) == 3 && x < 40) { src0(x + 10); }",
                        "        return x - 1;",
                        "    }",
                        "    @Zip(from = {\"s1\", \"src0\"}) List<Object> s2(int a0, int a1);",
                        "    @Sink void s3(List<Object> x);",
                        "}",
                        "calls: src0(10); src0(3) +100ms; "),
                PipelineText.show(c));
        agree(c);
    }

    static void agree(Case c) {
        Class<?> generated = compiled(PipelineText.source(c));
        Set<Sink<?>> sinksBefore = new HashSet<>(GlobalSinks.all());
        try {
            assertEquals(run(generated, "buildInterpreted", c), run(generated, "build", c));
        } finally {
            GlobalSinks.all().stream()
                    .filter(sink -> !sinksBefore.contains(sink))
                    .forEach(Sink::destroy);
        }
    }

    /** The log of sink calls, source outcomes and loop failures of one build driven by the case's calls. */
    private static List<String> run(Class<?> generated, String build, Case c) {
        try {
            List<String> log = new ArrayList<>();
            VirtualTimeLoop loop = new VirtualTimeLoop();
            Object pipeline = GeneratedPipeline.build(generated, build, log, loop);
            List<Method> sources = GeneratedPipeline.sources(generated);
            for (Call call : c.calls()) {
                GeneratedPipeline.call(sources.get(call.source()), pipeline, call.value(), log, loop);
                loop.advanceBy(Duration.ofMillis(call.advanceMs()));
            }
            loop.advanceBy(Duration.ofSeconds(10));
            for (Throwable failure : loop.failures()) {
                log.add("loop failure " + GeneratedPipeline.describe(failure));
            }
            return log;
        } catch (Exception e) { // reflection, or a builder that refused its sinks
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> compiled(String source) {
        synchronized (COMPILED) {
            Class<?> known = COMPILED.get(source);
            if (known != null) {
                return known;
            }
        }
        Compilation compilation = Golden.compile(
                List.of(JavaFileObjects.forSourceString(PipelineText.PACKAGE + "." + PipelineText.NAME, source)));
        if (compilation.status() != Compilation.Status.SUCCESS) {
            throw new NotCompiled("the pipeline does not compile: " + compilation.diagnostics());
        }
        try {
            Class<?> generated = GeneratedPipeline.load(compilation);
            synchronized (COMPILED) {
                COMPILED.put(source, generated);
            }
            return generated;
        } catch (ClassNotFoundException e) {
            throw new NotCompiled("no generated class: " + e);
        }
    }
}
