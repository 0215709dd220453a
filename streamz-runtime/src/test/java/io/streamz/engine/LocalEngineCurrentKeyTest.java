package io.streamz.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.streamz.codec.Codecs;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The current key as sinks, {@link EngineContext#currentKey} and {@link HeapBackend#currentKey}
 * see it, across scopes with and without state: words are keyed by their first letter (a scope
 * holding no state), then by their length (a scope counting words), and the letter's scope emits
 * before and after the exchange into the length's scope.
 */
class LocalEngineCurrentKeyTest {
    private static final int WORDS = 0;
    private static final int BY_LETTER = 1;
    private static final int BY_LENGTH = 2;

    static final PipelineSpec SPEC = PipelineSpec.builder("io.streamz.engine.Words")
            .unkeyedScope(0)
            .keyedScope(1, "java.lang.String", Codecs.STRING)
            .keyedScope(2, "java.lang.Integer", Codecs.INT)
            .source("words", WORDS, 0, "java.lang.String", Codecs.STRING)
            .exchange("byLetter", BY_LETTER, 0, 1, "java.lang.String", Codecs.STRING)
            .exchange("byLength", BY_LENGTH, 1, 2, "java.lang.String", Codecs.STRING)
            .stage("words", "source", 0)
            .stage("byLetter", "keyBy", 0, "words")
            .stage("letters", "sink", 1, "byLetter")
            .stage("byLength", "keyBy", 1, "byLetter")
            .stage("count", "accumulate", 2, "byLength")
            .stage("lengths", "sink", 2, "count")
            .state(StateSpec.longCell("count", "count", 2))
            .sink("letters", 0, 1, "java.lang.String", Codecs.STRING, SinkKind.OUTPUT)
            .sink("lengths", 1, 2, "long", Codecs.LONG, SinkKind.OUTPUT)
            .task(Words::new)
            .build();

    private final List<String> out = new ArrayList<>();
    private final LocalEngine engine = LocalEngine.builder(SPEC)
            .sinkKeyed("letters", (key, value) -> out.add("letters " + key + ": " + value))
            .sinkKeyed("lengths", (key, value) -> out.add("lengths " + key + ": " + value))
            .build();

    /** Emits its word in the letter's scope, counts it in the length's, and emits in the letter's again. */
    private static final class Words implements PipelineTask {
        private final EngineContext engine;
        private final LongState count;

        Words(EngineContext engine) {
            this.engine = engine;
            this.count = engine.state().longState(SPEC.state("count"));
        }

        @Override
        public void accept(int port, Object key, Object value) {
            String word = (String) value;
            switch (port) {
                case WORDS -> engine.exchange(BY_LETTER, word.substring(0, 1), word);
                case BY_LETTER -> {
                    engine.emit(0, "before " + word + " (" + engine.currentKey() + ")");
                    engine.exchange(BY_LENGTH, word.length(), word);
                    engine.emit(0, "after " + word + " (" + engine.currentKey() + ")");
                }
                case BY_LENGTH -> {
                    if (word.endsWith("!")) {
                        throw new IllegalArgumentException("no shouting: " + word);
                    }
                    count.set(count.get() + 1);
                    engine.emitLong(1, count.get());
                }
                default -> throw new IllegalArgumentException("no port " + port);
            }
        }

        @Override
        public void onTimer(int timer, long nowMillis) {
            throw new IllegalArgumentException("no timer " + timer);
        }
    }

    @Test
    void eachScopeSeesItsOwnKeyBeforeAndAfterANestedExchange() {
        for (String word : List.of("ant", "bee", "asp", "bumblebee")) {
            engine.accept(WORDS, null, word);
        }
        assertEquals(
                List.of(
                        "letters a: before ant (a)",
                        "lengths 3: 1",
                        "letters a: after ant (a)",
                        "letters b: before bee (b)",
                        "lengths 3: 2",
                        "letters b: after bee (b)",
                        "letters a: before asp (a)",
                        "lengths 3: 3",
                        "letters a: after asp (a)",
                        "letters b: before bumblebee (b)",
                        "lengths 9: 1",
                        "letters b: after bumblebee (b)"),
                out);
        assertNull(engine.state().currentKey(), "no key once the inputs have returned");
        assertEquals(2, engine.state().keyCount(2));
        assertEquals(0, engine.state().keyCount(1), "the letters' scope holds no state");
    }

    @Test
    void aFailureInANestedScopeLeavesEveryScopeAsItWasForTheNextInput() {
        engine.accept(WORDS, null, "ant");
        IllegalArgumentException failure =
                assertThrows(IllegalArgumentException.class, () -> engine.accept(WORDS, null, "bee!"));
        assertEquals("no shouting: bee!", failure.getMessage());
        assertNull(engine.state().currentKey(), "the failed input left no key current");
        engine.accept(WORDS, null, "asp");
        assertEquals(
                List.of(
                        "letters a: before ant (a)",
                        "lengths 3: 1",
                        "letters a: after ant (a)",
                        "letters b: before bee! (b)",
                        "letters a: before asp (a)",
                        "lengths 3: 2",
                        "letters a: after asp (a)"),
                out);
        assertEquals(1, engine.state().keyCount(2), "the failed word counted nothing");
    }

    @Test
    void setCurrentKeyReadsTheStateOfThatKeyInEveryScope() {
        for (String word : List.of("ant", "bee", "bumblebee")) {
            engine.accept(WORDS, null, word);
        }
        LongState count = engine.state().longState(SPEC.state("count"));
        engine.state().setCurrentKey(3);
        assertEquals(2, count.get());
        assertEquals(3, engine.state().currentKey());
        engine.state().setCurrentKey(9);
        assertEquals(1, count.get());
        engine.state().setCurrentKey(4);
        assertEquals(0, count.get());
        engine.accept(WORDS, null, "asp");
        assertEquals("lengths 3: 3", out.get(out.size() - 2), "the next input enters its own keys");
    }
}
