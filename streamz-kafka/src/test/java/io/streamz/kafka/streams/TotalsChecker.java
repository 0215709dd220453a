package io.streamz.kafka.streams;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads the totals topic with a {@code read_committed} consumer on a thread of its own and checks,
 * per key, that the running totals are exactly 1, 2, ..., n (every order has amount 1).
 */
final class TotalsChecker implements AutoCloseable {
    private final Map<String, List<Long>> totals = new ConcurrentHashMap<>();
    private final AtomicInteger count = new AtomicInteger();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Throwable failure;

    /** What the check found: totals missing, seen twice, or out of their place. */
    record Report(int keys, int records, int lost, int duplicated, int wrong) {
        boolean clean() {
            return lost == 0 && duplicated == 0 && wrong == 0;
        }
    }

    TotalsChecker(String bootstrap, String topic) {
        this.thread = new Thread(() -> consume(bootstrap, topic), "totals-checker");
        thread.setDaemon(true);
        thread.start();
    }

    private void consume(String bootstrap, String topic) {
        Map<String, Object> config = Map.of(
                "bootstrap.servers", bootstrap,
                "group.id", topic + "-checker",
                "isolation.level", "read_committed",
                "auto.offset.reset", "earliest",
                "enable.auto.commit", "false");
        try (KafkaConsumer<String, Long> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new LongDeserializer())) {
            consumer.subscribe(List.of(topic));
            while (running) {
                for (ConsumerRecord<String, Long> record : consumer.poll(Duration.ofMillis(50))) {
                    totals.computeIfAbsent(record.key(), k -> new CopyOnWriteArrayList<>())
                            .add(record.value());
                    count.incrementAndGet();
                }
            }
        } catch (RuntimeException | Error e) {
            failure = e;
        }
    }

    /** How many committed totals were read so far. */
    int count() {
        if (failure != null) {
            throw new IllegalStateException("the checker's consumer failed", failure);
        }
        return count.get();
    }

    /** Whether every key's totals reached its number of orders (the end, also when totals are wrong). */
    boolean reachedAll(Map<String, Integer> expected) {
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            List<Long> seen = totals.get(e.getKey());
            if (seen == null || seen.stream().mapToLong(Long::longValue).max().orElse(0) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** Checks the totals against {@code expected} orders per key. */
    Report check(Map<String, Integer> expected) {
        int lost = 0;
        int duplicated = 0;
        int wrong = 0;
        for (Map.Entry<String, Integer> e : new TreeMap<>(expected).entrySet()) {
            List<Long> seen = totals.getOrDefault(e.getKey(), List.of());
            java.util.Set<Long> distinct = new java.util.HashSet<>();
            for (int i = 0; i < seen.size(); i++) {
                long total = seen.get(i);
                if (!distinct.add(total)) {
                    duplicated++;
                } else if (total < 1 || total > e.getValue() || total != distinct.size()) {
                    wrong++;
                }
            }
            for (long n = 1; n <= e.getValue(); n++) {
                if (!distinct.contains(n)) {
                    lost++;
                }
            }
        }
        for (String key : totals.keySet()) {
            if (!expected.containsKey(key)) {
                wrong += totals.get(key).size();
            }
        }
        return new Report(totals.size(), count.get(), lost, duplicated, wrong);
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
