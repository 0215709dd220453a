package io.streamz.source;

import static io.streamz.source.RealLoop.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.ListSink;
import io.streamz.Source;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code fromProcess} with real child processes ({@code /bin/sh}): streamz's test_process and test_process_str. */
class ProcessSourceTest {
    private final RealLoop real = new RealLoop();

    @AfterEach
    void tearDown() {
        real.close(); // stops the sources made on it too
    }

    // test_sources.py::test_process_str (lines come without their "\n": a Java deviation)
    @Test
    void eachLineIsEmittedThenTheSourceStopsWhenTheChildExits() {
        Source<String> source = real.source(ProcessDriver.of("sh -c 'for i in 0 1 2 3; do echo $i; done'"));
        ListSink<String> out = source.sinkToList();
        source.start();
        eventually("the child exited", source::isStopped);
        assertEquals(List.of("0", "1", "2", "3"), out.snapshot());
        assertTrue(real.failures.isEmpty(), real.failures::toString);
        assertEquals("<fromProcess: sh -c for i in 0 1 2 3; do echo $i; done>", source.toString());
    }

    // test_sources.py::test_process: what follows the last newline comes when the child exits
    @Test
    void theOutputAfterTheLastNewlineComesAtTheEnd() {
        Source<String> source =
                real.source(ProcessDriver.of(List.of("sh", "-c", "printf 'a\\nb'; sleep 0.2; printf c")));
        ListSink<String> out = source.sinkToList();
        source.start();
        eventually("the child exited", source::isStopped);
        assertEquals(List.of("a", "bc"), out.snapshot());
    }

    @Test
    void stopEndsARunningChild() {
        ProcessDriver driver = ProcessDriver.of(List.of("sh", "-c", "echo started; exec sleep 1000"));
        Source<String> source = real.source(driver);
        ListSink<String> out = source.sinkToList();
        source.start();
        eventually("the child started", () -> out.size() == 1);
        Process child = driver.process().orElseThrow();
        assertTrue(child.isAlive());
        source.stop();
        assertFalse(child.isAlive(), "stop() returns once the child is gone");
        assertTrue(source.isStopped());
        assertTrue(real.failures.isEmpty(), "a child we ended is no failure: " + real.failures);
    }

    @Test
    void stopAlsoEndsTheChildsChildren() throws Exception {
        ProcessDriver driver = ProcessDriver.of(List.of("sh", "-c", "sleep 1000 & echo $!; wait"));
        Source<String> source = real.source(driver);
        ListSink<String> out = source.sinkToList();
        source.start();
        eventually("the grandchild's pid", () -> out.size() == 1);
        ProcessHandle grandchild = ProcessHandle.of(Long.parseLong(out.get(0))).orElseThrow();
        source.stop();
        grandchild.onExit().get(RealLoop.PATIENCE.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        assertFalse(grandchild.isAlive());
    }

    @Test
    void aNonZeroExitIsReported() {
        Source<String> source = real.source(ProcessDriver.of("sh -c 'echo out; exit 3'"));
        ListSink<String> out = source.sinkToList();
        source.start();
        eventually("the child exited", source::isStopped);
        assertEquals(List.of("out"), out.snapshot());
        eventually("the exit code was reported", () -> real.failures.size() == 1);
        assertEquals(
                "<fromProcess: sh -c echo out; exit 3> exited with code 3",
                real.failures.get(0).getMessage());
    }

    @Test
    void withStderrJoinsTheErrorOutput() {
        Source<String> source =
                real.source(ProcessDriver.of("sh -c 'echo out; echo err >&2'").withStderr(true));
        ListSink<String> out = source.sinkToList();
        source.start();
        eventually("the child exited", source::isStopped);
        assertEquals(List.of("out", "err"), out.snapshot());
    }

    @Test
    void theChildWaitsForASlowSink() {
        Source<String> source = real.source(ProcessDriver.of("sh -c 'echo 1; echo 2; echo 3'"));
        List<String> written = new CopyOnWriteArrayList<>();
        List<CompletableFuture<Void>> writes = new CopyOnWriteArrayList<>();
        source.sinkAsync(x -> {
            CompletableFuture<Void> write = new CompletableFuture<>();
            writes.add(write);
            written.add(x);
            return write;
        });
        source.start();
        eventually("the first line", () -> written.size() == 1);
        assertFalse(source.isStopped(), "the source waits for the first write before reading on");
        writes.get(0).complete(null);
        eventually("the second line", () -> written.size() == 2);
        writes.get(1).complete(null);
        eventually("the third line", () -> written.size() == 3);
        writes.get(2).complete(null);
        eventually("the child exited", source::isStopped);
        assertEquals(List.of("1", "2", "3"), written);
    }

    @Test
    void aCommandThatDoesNotRunFailsAtStart() {
        Source<String> source = real.source(ProcessDriver.of("no-such-command-streamz --flag"));
        UncheckedIOException e = assertThrows(UncheckedIOException.class, source::start);
        assertTrue(
                e.getMessage()
                        .startsWith("<fromProcess: no-such-command-streamz --flag> cannot start: java.io.IOException: "
                                + "Cannot run program \"no-such-command-streamz\""),
                e.getMessage());
        assertTrue(source.isStopped());
    }

    @Test
    void badCommandsFailWhenBuilt() {
        assertThrows(IllegalArgumentException.class, () -> ProcessDriver.of(List.of()));
        assertThrows(IllegalArgumentException.class, () -> ProcessDriver.of("  "));
        assertThrows(IllegalArgumentException.class, () -> ProcessDriver.of("echo 'unterminated"));
    }
}
