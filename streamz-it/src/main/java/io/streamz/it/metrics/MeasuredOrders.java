package io.streamz.it.metrics;

import io.streamz.annotations.Accumulate;
import io.streamz.annotations.Delay;
import io.streamz.annotations.Filter;
import io.streamz.annotations.Flatten;
import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import io.streamz.annotations.Zip;
import java.util.List;

/**
 * A measured pipeline: orders are parsed (a bad one fails), large ones summed, split into items
 * that wait in a delay, and each line is zipped with a count.
 */
@Pipeline(metrics = true)
public interface MeasuredOrders {
    @Source
    void lines(String line);

    @Map
    default int parse(String line) {
        return Integer.parseInt(line.trim());
    }

    @Filter
    default boolean large(int amount) {
        return amount > 100;
    }

    @Accumulate
    default long total(long sum, int amount) {
        return sum + amount;
    }

    @Sink
    void totals(long total);

    @Map(from = "lines")
    default List<String> items(String line) {
        return List.of(line.trim().split(""));
    }

    @Flatten
    String item(List<String> items);

    @Delay(1000)
    String later(String item);

    @Sink
    void delayed(String item);

    @Source
    void counts(int count);

    @Zip(from = {"lines", "counts"})
    default String pair(String line, int count) {
        return line.trim() + "x" + count;
    }

    @Sink
    void pairs(String pair);
}
