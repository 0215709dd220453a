package io.streamz.it.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.streamz.StageFailure;
import io.streamz.VirtualTimeLoop;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, defect 3, in both builds: a {@code @MapAsync} call that throws an {@code Error}
 * frees its slot, is reported naming the stage, and the next element goes on (before, the slot
 * was held forever and nothing after it was delivered).
 */
class MapAsyncErrorTest {
    @Test
    void aCallThrowingAnErrorFreesItsSlotInBothBuilds() {
        Directory.use(id -> {
            if (id == 2) {
                throw new AssertionError("directory broke on " + id);
            }
            return CompletableFuture.completedFuture("user-" + id);
        });
        for (boolean fused : new boolean[] {true, false}) {
            VirtualTimeLoop loop = new VirtualTimeLoop();
            List<String> out = new ArrayList<>();
            Streamz_Lookups.Builder builder = Streamz_Lookups.builder()
                    .loop(loop)
                    .out(out::add)
                    .store(x -> CompletableFuture.completedFuture(null));
            Lookups lookups = fused ? builder.build() : builder.buildInterpreted();
            for (String line : List.of("1", "2", "3", "4")) {
                loop.await(lookups.emit(line));
            }
            loop.runDue();
            String build = fused ? "fused" : "interpreted";
            assertEquals(List.of("USER-1", "USER-3", "USER-4"), out, build);
            assertEquals(1, loop.failures().size(), build + ": " + loop.failures());
            Throwable reported = loop.failures().get(0);
            assertInstanceOf(AssertionError.class, reported, build);
            assertEquals("mapAsync: lookup", StageFailure.stageOf(reported), build);
        }
    }
}
