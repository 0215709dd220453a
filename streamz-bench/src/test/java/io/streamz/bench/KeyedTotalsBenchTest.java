package io.streamz.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Both keyed-totals implementations give the per-customer running totals, run after run. */
class KeyedTotalsBenchTest {

    private static long expected(int runs) {
        Checksum out = new Checksum();
        Map<String, Long> totals = new HashMap<>();
        for (int run = 0; run < runs; run++) {
            for (KeyedTotalsBench.Order order : KeyedTotalsBench.orders()) {
                out.accept(totals.merge(order.customer(), order.amount(), Long::sum)
                        .longValue());
            }
        }
        return out.value();
    }

    @Test
    void everyImplementationKeepsOneTotalPerCustomer() {
        assertNotEquals(expected(1), expected(2));
        assertEquals(KeyedTotalsBench.KEYS, KeyedTotalsBench.orders().length > 0 ? distinctCustomers() : 0);
        for (BenchState state : List.of(
                new KeyedTotalsBench.HandWritten(), new KeyedTotalsBench.Engine(), new KeyedTotalsBench.Generated())) {
            assertEquals(expected(1), state.run(), state.getClass().getSimpleName());
            assertEquals(expected(2), state.run(), state.getClass().getSimpleName());
        }
    }

    private static long distinctCustomers() {
        return java.util.Arrays.stream(KeyedTotalsBench.orders())
                .map(KeyedTotalsBench.Order::customer)
                .distinct()
                .count();
    }
}
