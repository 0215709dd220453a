package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The DOT shapes of the time and back-pressure operators and the unique partitions, as streamz draws them. */
class TimeOperatorShapesTest {
    @Test
    void timeOperatorsAreOctagonsAndBuffersAndPartitionsDiamonds() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Stream<Integer> source = new Stream<>("src", loop);
        // held here: a node without a sink is held by its upstream only weakly
        List<Stream<?>> nodes = List.of(
                source.buffer(2),
                source.delay(Duration.ofSeconds(1)),
                source.rateLimit(Duration.ofSeconds(1)),
                source.latest(),
                source.timedWindow(Duration.ofSeconds(1)),
                source.timedWindowUnique(Duration.ofSeconds(1)),
                source.partitionUnique(2));
        List<String> shapes = new ArrayList<>();
        Matcher node = Pattern.compile("label=\"?([^\"]+?)\"? shape=(\\w+)").matcher(source.toDot());
        while (node.find()) {
            shapes.add(node.group(1) + " " + node.group(2));
        }
        assertEquals(
                List.of(
                        "src; Stream ellipse",
                        "buffer: 2 diamond",
                        "delay: 1 octagon",
                        "rateLimit: 1 octagon",
                        "latest octagon",
                        "timedWindow: 1 octagon",
                        "timedWindowUnique: 1 octagon",
                        "partitionUnique: 2 diamond"),
                shapes);
        assertEquals(nodes, source.downstreams());
    }
}
