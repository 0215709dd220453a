package io.streamz.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Both topologies of {@link KafkaStreamsDriverBench} compute the same totals, and the right ones. */
class KafkaStreamsDriverBenchTest {
    @Test
    void bothTopologiesEmitEveryRunningTotal() {
        long expected = 0;
        Map<String, Long> totals = new HashMap<>();
        for (int run = 0; run < 2; run++) {
            for (KeyedTotalsBench.Order o : KeyedTotalsBench.orders()) {
                long amount = o.amount() % 50;
                if (amount != 0) {
                    expected += totals.merge(o.customer(), amount, Long::sum);
                }
            }
        }
        for (KafkaStreamsDriverBench.Driver driver : new KafkaStreamsDriverBench.Driver[] {
            new KafkaStreamsDriverBench.Streamz(), new KafkaStreamsDriverBench.Dsl()
        }) {
            driver.start();
            try {
                assertEquals(
                        expected, driver.run() + driver.run(), driver.getClass().getSimpleName());
            } finally {
                driver.stop();
            }
        }
    }
}
