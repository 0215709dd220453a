package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.RandomGraph.Case;
import io.streamz.RandomGraph.Kind;
import io.streamz.RandomGraph.Node;
import io.streamz.RandomGraph.Step;
import io.streamz.check.Property;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random interpreted graphs over every synchronous operator, driven by random emits and flushes
 * (re-entrant ones included), agree with {@link GraphModel}, a plain list-based model of streamz's
 * semantics: the same sink calls in the same order and the same failures naming the same stage.
 * A failure is shrunk to a minimal graph and input and printed as code.
 */
class RandomGraphPropertyTest {
    @Test
    void randomGraphsBehaveAsTheReferenceModel() {
        Property.of("interpreted graph == reference model", RandomGraph.cases(10, 30), RandomGraph::show)
                .tries(1_500)
                .check(c -> assertEquals(GraphModel.transcript(c), GraphRun.transcript(c), () -> RandomGraph.show(c)));
    }

    @Test
    void theGeneratorReachesEveryOperatorAndFailure() {
        java.util.Set<Kind> kinds = java.util.EnumSet.noneOf(Kind.class);
        java.util.Set<String> failures = new java.util.TreeSet<>();
        var gen = RandomGraph.cases(10, 30);
        for (int seed = 0; seed < 400; seed++) {
            Case c = gen.next(new Random(seed));
            c.nodes().forEach(node -> kinds.add(node.kind()));
            for (String line : GraphModel.transcript(c)) {
                if (line.contains(" threw ")) {
                    failures.add(line.substring(line.indexOf(" threw ") + 7, line.indexOf(" at ")));
                }
            }
        }
        assertEquals(java.util.EnumSet.allOf(Kind.class), kinds);
        assertEquals(
                new java.util.TreeSet<>(List.of(
                        "Boom", "IllegalArgumentException", "IndexOutOfBoundsException", "NullPointerException")),
                failures);
    }

    /** The harness itself: a wrong model is caught and shrunk to the smallest graph that shows it. */
    @Test
    void aDifferenceIsShrunkToAMinimalGraphAndInput() {
        AssertionError failure = assertThrows(
                AssertionError.class,
                () -> Property.of("a model that forgets unique", RandomGraph.cases(10, 30), RandomGraph::show)
                        .tries(2_000)
                        .check(c -> assertTrue(c.nodes().stream().noneMatch(n -> n.kind() == Kind.UNIQUE)
                                || c.steps().isEmpty())));
        String message = failure.getMessage();
        assertTrue(message.contains("n0 = new Stream<>()\n  n1 = n0.unique(0)\n  steps: n0.emit(0);\n"), message);
    }

    @Test
    void aGraphByHandAgreesWithTheModel() {
        Case c = new Case(
                List.of(
                        new Node(Kind.SOURCE, List.of(), 0, 0),
                        new Node(Kind.MAP_ADD, List.of(0), 1, 0),
                        new Node(Kind.SINK, List.of(1), 0, 0)),
                List.of(new Step(0, 5)));
        assertEquals(List.of("n2 <- 7"), GraphModel.transcript(c));
        assertEquals(List.of("n2 <- 7"), GraphRun.transcript(c));
    }
}
