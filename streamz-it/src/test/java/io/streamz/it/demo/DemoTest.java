package io.streamz.it.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.it.seed.RunningTotal;
import io.streamz.it.seed.SlidingWindowOfThree;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo's logic, not its timing: outputs, generated-source paths, and a whole run on few elements. */
final class DemoTest {
    @Test
    void runningTotalPrintsTheSeedsOutputBothWays() {
        assertEquals(List.of(1, 3, 6, 10), Demo.runningTotal(true, 1, 2, 3, 4));
        assertEquals(List.of(1, 3, 6, 10), Demo.runningTotal(false, 1, 2, 3, 4));
    }

    @Test
    void slidingWindowPrintsTheSeedsOutputBothWays() {
        List<List<Integer>> expected = List.of(List.of(1, 2, 3), List.of(2, 3, 4), List.of(3, 4, 5));
        assertEquals(expected, Demo.slidingWindow(true, 1, 2, 3, 4, 5));
        assertEquals(expected, Demo.slidingWindow(false, 1, 2, 3, 4, 5));
    }

    @Test
    void generatedSourcesAreWhereTheDemoSays() throws IOException {
        for (Class<?> pipeline : List.of(RunningTotal.class, SlidingWindowOfThree.class)) {
            Path source = Demo.generatedSource(pipeline);
            assertTrue(
                    source.endsWith(Path.of(
                            "target",
                            "generated-sources",
                            "annotations",
                            "io",
                            "streamz",
                            "it",
                            "seed",
                            "Streamz_" + pipeline.getSimpleName() + ".java")),
                    source.toString());
            assertTrue(
                    Files.readString(source).contains("final class Streamz_" + pipeline.getSimpleName()),
                    "not the generated class: " + source);
        }
    }

    @Test
    void timingReportsAPositiveFigureForEachBuild() {
        Demo.Timing timing = Demo.time(1_000, 1);
        assertTrue(timing.fused() > 0, timing.toString());
        assertTrue(timing.interpreted() > 0, timing.toString());
    }

    @Test
    void aWholeRunPrintsEverySection() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new Demo(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(1_000, 1);
        String printed = bytes.toString(StandardCharsets.UTF_8);

        assertTrue(printed.contains("   fused:       1 3 6 10\n   interpreted: 1 3 6 10\n"), printed);
        assertTrue(
                printed.contains(
                        "   fused:       [1, 2, 3] [2, 3, 4] [3, 4, 5]\n   interpreted: [1, 2, 3] [2, 3, 4] [3, 4, 5]\n"),
                printed);
        assertTrue(printed.contains("io/streamz/it/seed/Streamz_RunningTotal.java\n"), printed);
        assertTrue(printed.contains("io/streamz/it/seed/Streamz_SlidingWindowOfThree.java\n"), printed);
        assertTrue(!printed.contains("missing"), printed);
        assertTrue(printed.contains("running total over 1,000 elements"), printed);
        assertTrue(printed.matches("(?s).*fused: +[0-9.]+ ns\n.*interpreted: +[0-9.]+ ns .*"), printed);
    }
}
