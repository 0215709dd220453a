package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The bounds of an operator's interval, given as a Duration or as seconds, and the messages past them. */
class IntervalChecksTest {
    private final Stream<Integer> source = new Stream<>(new VirtualTimeLoop());

    private static String refused(Runnable building) {
        return assertThrows(IllegalArgumentException.class, building::run).getMessage();
    }

    @Test
    void timedWindowUniqueNamesItsIntervalWhenRefusingIt() {
        assertEquals(
                "timedWindowUnique: interval must be a finite number of seconds >= 0, not -1.0",
                refused(() -> source.timedWindowUnique(-1.0, x -> x, Keep.FIRST)));
        assertEquals(
                "timedWindowUnique: interval must be a finite number of seconds >= 0, not NaN",
                refused(() -> source.timedWindowUnique(Double.NaN, x -> x, Keep.FIRST)));
        assertEquals(
                "timedWindowUnique: interval must be > 0, not PT0S",
                refused(() -> source.timedWindowUnique(0.0, x -> x, Keep.FIRST)));
        assertEquals(
                "timedWindowUnique: interval must be > 0, not PT-1S",
                refused(() -> source.timedWindowUnique(Duration.ofSeconds(-1), x -> x, Keep.LAST)));
        assertEquals(
                "<timedWindowUnique: 0.25>",
                source.timedWindowUnique(0.25, x -> x, Keep.FIRST).toString());
    }

    @Test
    void theLongestIntervalIsTheLoopsMaximumDelay() {
        assertEquals(
                "delay: " + Durations.label(EventLoop.MAX_DELAY),
                source.delay(EventLoop.MAX_DELAY).label());
        assertEquals(
                "delay: interval must be at most " + EventLoop.MAX_DELAY.toMillis()
                        + " ms (EventLoop.MAX_DELAY, about 146 years), not " + EventLoop.MAX_DELAY.plusNanos(1),
                refused(() -> source.delay(EventLoop.MAX_DELAY.plusNanos(1))));
        double maxSeconds = EventLoop.MAX_DELAY.getSeconds();
        assertEquals(
                "rateLimit: " + (long) maxSeconds, source.rateLimit(maxSeconds).label());
        assertEquals(
                "rateLimit: interval must be at most " + EventLoop.MAX_DELAY.toMillis()
                        + " ms (EventLoop.MAX_DELAY, about 146 years), not " + (maxSeconds + 1) + " seconds",
                refused(() -> source.rateLimit(maxSeconds + 1)));
    }
}
