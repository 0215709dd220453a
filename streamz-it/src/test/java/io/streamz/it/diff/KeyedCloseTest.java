package io.streamz.it.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.streamz.StreamClosedException;
import io.streamz.VirtualTimeLoop;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Closing a keyed pipeline stops its per-key timers in both builds: what its delay and rate limit
 * hold is discarded and nothing reaches a sink afterwards, no task is left on the loop, and every
 * later source call throws. (The {@code Engine} build's close only set a flag: the delayed
 * elements still came out a second later.)
 */
final class KeyedCloseTest {
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void closeStopsTheTimersAndDiscardsWhatTheTimeStagesHold(boolean interpreted) throws Exception {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        List<String> out = new ArrayList<>();
        Streamz_KeyedTimes.Builder builder = Streamz_KeyedTimes.builder()
                .loop(loop)
                .delayed(o -> out.add("delayed " + o.customer() + o.amount() + "@"
                        + loop.now().toMillis()))
                .limited(o -> out.add("limited " + o.customer() + o.amount() + "@"
                        + loop.now().toMillis()));
        KeyedTimes pipeline = interpreted ? builder.buildInterpreted() : builder.build();
        pipeline.orders(new KeyedTimes.Order("a", 1));
        pipeline.orders(new KeyedTimes.Order("b", 2));
        pipeline.orders(new KeyedTimes.Order("a", 3)); // a's second waits 40 ms for the rate limit
        loop.advanceBy(Duration.ofMillis(20));
        assertEquals(List.of("limited a1@0", "limited b2@0"), out);

        ((AutoCloseable) pipeline).close();
        if (!interpreted) { // the engine cancels its wake-ups at once; the twin's graphs close on the loop's next turn
            assertEquals(0, loop.pendingTasks(), "the timers are cancelled");
        }
        loop.advanceBy(Duration.ofSeconds(5));
        assertEquals(List.of("limited a1@0", "limited b2@0"), out, "nothing comes out after close");
        assertEquals(0, loop.pendingTasks(), "no task is left on the loop");
        assertThrows(StreamClosedException.class, () -> pipeline.orders(new KeyedTimes.Order("a", 4)));
        ((AutoCloseable) pipeline).close(); // closing twice does nothing
    }
}
