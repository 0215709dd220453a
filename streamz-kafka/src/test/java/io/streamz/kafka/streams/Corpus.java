package io.streamz.kafka.streams;

import io.streamz.Accumulated;
import io.streamz.FailedElement;
import io.streamz.annotations.Accumulate;
import io.streamz.annotations.Delay;
import io.streamz.annotations.Frequencies;
import io.streamz.annotations.KeyBy;
import io.streamz.annotations.Map;
import io.streamz.annotations.OnFailure;
import io.streamz.annotations.Partition;
import io.streamz.annotations.PartitionUnique;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.RateLimit;
import io.streamz.annotations.Sink;
import io.streamz.annotations.SlidingWindow;
import io.streamz.annotations.Source;
import io.streamz.annotations.TimedWindow;
import io.streamz.annotations.TimedWindowUnique;
import io.streamz.annotations.Unique;
import io.streamz.annotations.Zip;
import io.streamz.codec.Codec;
import io.streamz.codec.CodecInput;
import io.streamz.codec.CodecOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The parity corpus as generated pipelines: each reads {@link Event}s from a source
 * {@code events}, keys them by {@link Event#key()} and runs one keyed stage kind into a sink
 * {@code out} (the keyed zip reads two sources; the default-body sink has no topic). The real-broker
 * runs of the full profile use {@link Windows} too.
 */
public final class Corpus {
    /** A corpus input: a key and a value. */
    public record Event(String key, long value) {}

    /** A running total of one key, as the default-body sink sees it. */
    public record Total(String key, long sum) {}

    /** What the lock-step zip pairs: two maps of one element. */
    public record Pair(long doubled, String tagged) {}

    /** What the keyed zip of two topics pairs: one element of each, of one key. */
    public record EventPair(Event left, Event right) {}

    private Corpus() {}

    /** {@code @Accumulate(returnsState = true)}: per key {sum, count}, emits the mean. */
    @Pipeline(distributed = true)
    interface Means {
        @Source
        void events(Event e);

        @KeyBy(key = "keyOf")
        Event byKey(Event e);

        default String keyOf(Event e) {
            return e.key();
        }

        @Accumulate(start = "empty", returnsState = true)
        default Accumulated<double[], Double> mean(double[] sumAndCount, Event e) {
            double[] next = {sumAndCount[0] + e.value(), sumAndCount[1] + 1};
            return Accumulated.of(next, next[0] / next[1]);
        }

        static double[] empty() {
            return new double[2];
        }

        @Sink
        void out(double mean);
    }

    /** {@code @Unique(history = 3)}: an LRU of the last 3 values per key. */
    @Pipeline(distributed = true)
    interface Fresh {
        @Source
        void events(Event e);

        @KeyBy(key = "keyOf")
        Event byKey(Event e);

        default String keyOf(Event e) {
            return e.key();
        }

        @Map
        default long valueOf(Event e) {
            return e.value();
        }

        @Unique(history = 3)
        long fresh(long value);

        @Sink
        void out(long value);
    }

    /** {@code @SlidingWindow(3, returnPartial)}: the last three values per key, every element. */
    @Pipeline(distributed = true)
    interface LastThree {
        @Source
        void events(Event e);

        @KeyBy(key = "keyOf")
        Event byKey(Event e);

        default String keyOf(Event e) {
            return e.key();
        }

        @Map
        default long valueOf(Event e) {
            return e.value();
        }

        @SlidingWindow(value = 3, returnPartial = true)
        List<Long> lastThree(long value);

        @Sink
        void out(List<Long> window);
    }

    /** {@code @Partition(2, key)}: per key and value % 3, pairs. */
    @Pipeline(distributed = true)
    interface Pairs {
        @Source
        void events(Event e);

        @KeyBy(key = "keyOf")
        Event byKey(Event e);

        default String keyOf(Event e) {
            return e.key();
        }

        @Map
        default long valueOf(Event e) {
            return e.value();
        }

        @Partition(value = 2, key = "group")
        List<Long> pairs(long value);

        default long group(long value) {
            return value % 3;
        }

        @Sink
        void out(List<Long> pair);
    }

    /** A lock-step {@code @Zip} of two maps of each element, per key. */
    @Pipeline(distributed = true)
    interface LockStep {
        @Source
        void events(Event e);

        @KeyBy(key = "keyOf")
        Event byKey(Event e);

        default String keyOf(Event e) {
            return e.key();
        }

        @Map
        default long doubled(Event e) {
            return e.value() * 2;
        }

        @Map(from = "byKey")
        default String tagged(Event e) {
            return e.key() + e.value();
        }

        @Zip(from = {"doubled", "tagged"})
        default Pair pair(long doubled, String tagged) {
            return new Pair(doubled, tagged);
        }

        @Sink
        void out(Pair pair);
    }

    /** A {@code @Zip} of two topics, each keyed by {@link Event#key()}: pairs per key. */
    @Pipeline(distributed = true)
    interface KeyedZip {
        @Source
        void left(Event e);

        @Source
        void right(Event e);

        @KeyBy(key = "keyOf", from = "left")
        Event leftByKey(Event e);

        @KeyBy(key = "keyOf", from = "right")
        Event rightByKey(Event e);

        default String keyOf(Event e) {
            return e.key();
        }

        @Zip(from = {"leftByKey", "rightByKey"})
        default EventPair pairs(Event left, Event right) {
            return new EventPair(left, right);
        }

        @Sink
        void out(EventPair pair);
    }

    /** {@code @TimedWindow(200)} per key: windows aligned to multiples of 200 ms, non-empty ones. */
    @Pipeline(distributed = true)
    interface Windows {
        @Source
        void events(Event e);

        @KeyBy(key = "keyOf")
        Event byKey(Event e);

        default String keyOf(Event e) {
            return e.key();
        }

        @Map
        default long valueOf(Event e) {
            return e.value();
        }

        @TimedWindow(200)
        List<Long> perWindow(long value);

        @Sink
        void out(List<Long> window);
    }

    /** {@code @Delay(50)} per key. */
    @Pipeline(distributed = true)
    interface Later {
        @Source
        void events(Event e);

        @KeyBy(key = "keyOf")
        Event byKey(Event e);

        default String keyOf(Event e) {
            return e.key();
        }

        @Map
        default long valueOf(Event e) {
            return e.value();
        }

        @Delay(50)
        long later(long value);

        @Sink
        void out(long value);
    }

    /** {@code @RateLimit(30)} per key. */
    @Pipeline(distributed = true)
    interface Paced {
        @Source
        void events(Event e);

        @KeyBy(key = "keyOf")
        Event byKey(Event e);

        default String keyOf(Event e) {
            return e.key();
        }

        @Map
        default long valueOf(Event e) {
            return e.value();
        }

        @RateLimit(30)
        long paced(long value);

        @Sink
        void out(long value);
    }

    /** Side effects of {@link Effects}'s sink: by run (set before a run), then key, the totals. */
    static final java.util.Map<String, java.util.Map<String, List<Long>>> EFFECTS = new ConcurrentHashMap<>();

    /** The run {@link Effects}'s sink records into. */
    static volatile String effectsRun = "none";

    /** A running total per key into a sink with a body (a side effect, no topic). */
    @Pipeline(distributed = true)
    interface Effects {
        @Source
        void events(Event e);

        @KeyBy(key = "keyOf")
        Event byKey(Event e);

        default String keyOf(Event e) {
            return e.key();
        }

        @Accumulate(start = "none")
        default Total total(Total total, Event e) {
            return new Total(e.key(), total.sum() + e.value());
        }

        default Total none() {
            return new Total("", 0);
        }

        @Sink
        default void record(Total total) {
            EFFECTS.computeIfAbsent(effectsRun, r -> new ConcurrentHashMap<>())
                    .computeIfAbsent(total.key(), k -> new ArrayList<>())
                    .add(total.sum());
        }
    }

    /** {@code @Frequencies} per key: the count of each value so far, in the order values first came. */
    @Pipeline(distributed = true)
    interface Counts {
        @Source
        void events(Event e);

        @KeyBy(key = "keyOf")
        Event byKey(Event e);

        default String keyOf(Event e) {
            return e.key();
        }

        @Map
        default long valueOf(Event e) {
            return e.value();
        }

        @Frequencies
        java.util.Map<Long, Long> counts(long value);

        @Sink
        void out(java.util.Map<Long, Long> counts);
    }

    /** {@code @PartitionUnique(3, key, keepLast)} per key: groups of three values distinct modulo 4, the latest of each. */
    @Pipeline(distributed = true)
    interface Groups {
        @Source
        void events(Event e);

        @KeyBy(key = "keyOf")
        Event byKey(Event e);

        default String keyOf(Event e) {
            return e.key();
        }

        @Map
        default long valueOf(Event e) {
            return e.value();
        }

        @PartitionUnique(value = 3, key = "bucket", keepLast = true)
        List<Long> groups(long value);

        default long bucket(long value) {
            return value % 4;
        }

        @Sink
        void out(List<Long> group);
    }

    /** {@code @TimedWindowUnique(200, key)} per key: the distinct values modulo 3 of aligned windows. */
    @Pipeline(distributed = true)
    interface DistinctWindows {
        @Source
        void events(Event e);

        @KeyBy(key = "keyOf")
        Event byKey(Event e);

        default String keyOf(Event e) {
            return e.key();
        }

        @Map
        default long valueOf(Event e) {
            return e.value();
        }

        @TimedWindowUnique(value = 200, key = "bucket")
        List<Long> perWindow(long value);

        default long bucket(long value) {
            return value % 3;
        }

        @Sink
        void out(List<Long> window);
    }

    /** {@code @Accumulate(withState = true)} per key: a running total alongside itself, summed. */
    @Pipeline(distributed = true)
    interface WithState {
        @Source
        void events(Event e);

        @KeyBy(key = "keyOf")
        Event byKey(Event e);

        default String keyOf(Event e) {
            return e.key();
        }

        @Accumulate(start = "zero", withState = true)
        default long total(long sum, Event e) {
            return sum + e.value();
        }

        default long zero() {
            return 0L;
        }

        @Map
        default long both(Accumulated<Long, Long> total) {
            return total.state() * 1000 + total.value();
        }

        @Sink
        void out(long both);
    }

    /**
     * {@code @OnFailure} per key: a value of 7 fails {@code checked}, a total over 40 fails
     * {@code total} (its state stays as it was); both go to {@code rejected}, an output port
     * written with {@link FailureCodec}.
     */
    @Pipeline(distributed = true, codecs = FailureCodec.class)
    interface Rejects {
        @Source
        void events(Event e);

        @KeyBy(key = "keyOf")
        Event byKey(Event e);

        default String keyOf(Event e) {
            return e.key();
        }

        @Map
        default long checked(Event e) {
            if (e.value() == 7) {
                throw new IllegalArgumentException("seven for " + e.key());
            }
            return e.value();
        }

        @Accumulate
        default long total(long sum, long x) {
            if (sum + x > 40) {
                throw new ArithmeticException("over 40: " + (sum + x));
            }
            return sum + x;
        }

        @Sink
        void out(long total);

        @OnFailure(from = {"checked", "total"})
        void rejected(FailedElement failure);
    }

    /**
     * What a topic keeps of a failure: the stage, the element's text and the exception's class
     * and message (a {@link DecodedFailure} when read back).
     */
    public static final class FailureCodec implements Codec<FailedElement> {
        @Override
        public void write(FailedElement value, CodecOutput out) {
            out.writeString(value.stage());
            out.writeString(String.valueOf(value.element()));
            out.writeString(errorText(value.error()));
        }

        @Override
        public FailedElement read(CodecInput in) {
            return new FailedElement(in.readString(), in.readString(), new DecodedFailure(in.readString()));
        }

        @Override
        public String schema() {
            return "failure{stage:string,element:string,error:string}";
        }
    }

    /** A failure read back from a topic: its message is the original's class and message. */
    static final class DecodedFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DecodedFailure(String text) {
            super(text, null, false, false);
        }
    }

    /** The exception's class and message, as {@link FailureCodec} writes them. */
    static String errorText(Throwable error) {
        return error instanceof DecodedFailure
                ? error.getMessage()
                : error.getClass().getName() + ": " + error.getMessage();
    }
}
