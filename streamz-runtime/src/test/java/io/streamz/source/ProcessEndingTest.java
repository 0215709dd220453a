package io.streamz.source;

import static io.streamz.source.RealLoop.eventually;
import static io.streamz.source.TcpConnectionsTest.threadsNamed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.ListSink;
import io.streamz.Source;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code fromProcess}: its child's input and encoding, and how {@code stop()} ends the child. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ProcessEndingTest {
    private final RealLoop real = new RealLoop();

    @AfterEach
    void tearDown() {
        real.close(); // stops the sources made on it too
    }

    @Test
    void theCommandIsRunAsGivenAndItsOutputDecodedWithTheCharset() {
        List<String> command = List.of("sh", "-c", "printf '\\351t\\351\\n'");
        ProcessDriver latin = ProcessDriver.of(command).charset(StandardCharsets.ISO_8859_1);
        assertEquals(command, latin.command());
        assertEquals(
                List.of("sh", "-c", "echo a b"),
                ProcessDriver.of("sh -c 'echo a b'").command());
        Source<String> latinSource = real.source(latin);
        ListSink<String> latinOut = latinSource.sinkToList();
        Source<String> utf8Source = real.source(ProcessDriver.of(command));
        ListSink<String> utf8Out = utf8Source.sinkToList();
        latinSource.start();
        utf8Source.start();
        eventually("both children exited", () -> latinSource.isStopped() && utf8Source.isStopped());
        assertEquals(List.of("été"), latinOut.snapshot());
        assertEquals(List.of("\uFFFDt\uFFFD"), utf8Out.snapshot());
    }

    @Test
    void theChildReadsEndOfFileAtOnce() {
        Source<String> source = real.source(ProcessDriver.of(List.of("sh", "-c", "cat; echo after")));
        ListSink<String> out = source.sinkToList();
        source.start();
        eventually("the child exited", source::isStopped);
        assertEquals(List.of("after"), out.snapshot());
        assertTrue(real.failures.isEmpty(), real.failures::toString);
    }

    @Test
    void stopAsksTheChildToEndFirst() {
        ProcessDriver driver = ProcessDriver.of(List.of("sh", "-c", "echo started; exec sleep 1000"));
        Source<String> source = real.source(driver);
        ListSink<String> out = source.sinkToList();
        source.start();
        eventually("the child started", () -> out.size() == 1);
        Process child = driver.process().orElseThrow();
        source.stop();
        assertFalse(child.isAlive());
        assertEquals(128 + 15, child.exitValue(), "ended by SIGTERM, not SIGKILL");
    }

    @Test
    void aChildAndGrandchildIgnoringTheRequestAreEndedForciblyAfterTheGrace() throws Exception {
        ProcessDriver driver =
                ProcessDriver.of(List.of("sh", "-c", "trap '' TERM; sleep 1000 & echo $!; exec sleep 1000"));
        Source<String> source = real.source(driver);
        ListSink<String> out = source.sinkToList();
        source.start();
        eventually("the grandchild's pid", () -> out.size() == 1);
        ProcessHandle grandchild = ProcessHandle.of(Long.parseLong(out.get(0))).orElseThrow();
        Process child = driver.process().orElseThrow();
        source.stop();
        assertFalse(child.isAlive(), "stop() returns once the child is gone");
        assertEquals(128 + 9, child.exitValue(), "SIGKILL after the grace");
        grandchild.onExit().get(RealLoop.PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertFalse(grandchild.isAlive());
    }

    @Test
    void stopEndsTheReaderWaitingForAnEmit() {
        ProcessDriver driver = ProcessDriver.of(List.of("sh", "-c", "echo 1; echo 2; exec sleep 1000"));
        Source<String> source = real.source(driver);
        List<String> written = new CopyOnWriteArrayList<>();
        source.sinkAsync(x -> {
            written.add(x);
            return new CompletableFuture<Void>(); // never done
        });
        source.start();
        eventually("the first write started", () -> written.size() == 1);
        String reader = "streamz-process-" + driver.process().orElseThrow().pid();
        assertEquals(1, threadsNamed(reader).size(), "the reader waits for 1's write");
        source.stop();
        eventually("the reader ended", () -> threadsNamed(reader).isEmpty());
        assertEquals(List.of("1"), written);
        assertTrue(real.failures.isEmpty(), real.failures::toString);
    }
}
