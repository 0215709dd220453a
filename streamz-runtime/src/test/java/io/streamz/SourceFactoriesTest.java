package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

/** Each {@code Source.fromX} factory builds a stopped source of its driver on the shared loop. */
class SourceFactoriesTest {
    @Test
    void eachFactoryBuildsAStoppedSourceLabelledByItsDriverOnTheSharedLoop() {
        Map<String, Source<?>> sources = new java.util.LinkedHashMap<>();
        sources.put("<fromIterable>", Source.fromIterable(List.of(1, 2)));
        sources.put("<fromPeriodic: 0.5>", Source.fromPeriodic(() -> 1, Duration.ofMillis(500)));
        sources.put("<fromPeriodic: 2>", Source.fromPeriodic(() -> 1, 2.0));
        sources.put("<fromQueue: 0.01>", Source.fromQueue(new ConcurrentLinkedQueue<>()));
        sources.put("<fromTextFile: in.txt>", Source.fromTextFile(Path.of("in.txt")));
        sources.put("<filenames: *.csv>", Source.filenames("*.csv"));
        sources.put("<fromTcp: 9999>", Source.fromTcp(9999));
        sources.put("<fromHttpServer: 8080>", Source.fromHttpServer(8080));
        sources.put("<fromProcess: echo a b>", Source.fromProcess(List.of("echo", "a b")));
        sources.put("<fromProcess: echo 'a b'>", Source.fromProcess("echo \"'a b'\""));
        for (Map.Entry<String, Source<?>> entry : sources.entrySet()) {
            Source<?> source = entry.getValue();
            assertEquals(entry.getKey(), source.toString());
            assertTrue(source.isStopped(), entry.getKey());
            assertSame(EventLoop.shared(), source.loop().orElseThrow(), entry.getKey());
        }
    }
}
