package io.streamz.kafka.streams;

import io.streamz.codec.Codec;
import io.streamz.codec.Codecs;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads committed keyed windows (lists of event numbers) and checks that every event 0..n-1 is in
 * exactly one window, of its own key ({@code "c" + i % customers}).
 */
final class WindowChecker implements AutoCloseable {
    private static final Codec<List<Long>> WINDOW = Codecs.list(Codecs.LONG);
    private final Map<Long, Integer> seen = new ConcurrentHashMap<>();
    private final AtomicInteger elements = new AtomicInteger();
    private final AtomicInteger wrongKey = new AtomicInteger();
    private final Thread thread;
    private final int customers;
    private volatile boolean running = true;

    WindowChecker(String bootstrap, String topic, int customers) {
        this.customers = customers;
        this.thread = new Thread(() -> consume(bootstrap, topic), "window-checker");
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
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(50))) {
                    for (long i : WINDOW.fromBytes(record.value())) {
                        if (!record.key().equals("c" + (i % customers))) {
                            wrongKey.incrementAndGet();
                        }
                        seen.merge(i, 1, Integer::sum);
                        elements.incrementAndGet();
                    }
                }
            }
        }
    }

    /** How many elements committed windows held so far. */
    int count() {
        return elements.get();
    }

    /** Lost, duplicated and wrongly keyed elements among {@code 0..n-1}. */
    TotalsChecker.Report check(int n) {
        int lost = 0;
        int duplicated = 0;
        for (long i = 0; i < n; i++) {
            int times = seen.getOrDefault(i, 0);
            lost += times == 0 ? 1 : 0;
            duplicated += Math.max(0, times - 1);
        }
        int wrong = wrongKey.get()
                + (int) seen.keySet().stream().filter(i -> i < 0 || i >= n).count();
        return new TotalsChecker.Report(customers, elements.get(), lost, duplicated, wrong);
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
