package io.streamz.kafka.streams;

import io.streamz.codec.Codec;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntSupplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Produces {@code n} orders of amount 1 for {@code customers} customers (or with {@code events},
 * {@link Corpus.Event}s whose value is their number), round-robin over the partitions, on a thread of its own, never more than {@code window} ahead of the committed
 * outputs (so that faults land mid-stream whatever the machine's speed).
 */
final class OrderFeeder implements AutoCloseable {
    /** The codec the processor derived for {@link Corpus.Event}. */
    @SuppressWarnings("unchecked")
    private static final Codec<Corpus.Event> EVENT =
            (Codec<Corpus.Event>) Streamz_Corpus_Windows.spec().source("events").codec();

    private final Thread thread;
    private final int n;
    private final int customers;
    private volatile Throwable failure;
    private volatile int sent;
    private final boolean events;

    OrderFeeder(String bootstrap, String topic, int partitions, int n, int customers, int window, IntSupplier outputs) {
        this(bootstrap, topic, partitions, n, customers, window, outputs, false);
    }

    OrderFeeder(
            String bootstrap,
            String topic,
            int partitions,
            int n,
            int customers,
            int window,
            IntSupplier outputs,
            boolean events) {
        this.events = events;
        this.n = n;
        this.customers = customers;
        this.thread = new Thread(() -> feed(bootstrap, topic, partitions, window, outputs), "order-feeder");
        thread.setDaemon(true);
        thread.start();
    }

    private void feed(String bootstrap, String topic, int partitions, int window, IntSupplier outputs) {
        Map<String, Object> config = Map.of("bootstrap.servers", bootstrap, "linger.ms", "5", "acks", "all");
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < n; i++) {
                while (i - outputs.getAsInt() >= window) {
                    producer.flush();
                    Thread.sleep(5);
                }
                String customer = "c" + (i % customers);
                byte[] value = events ? EVENT.toBytes(new Corpus.Event(customer, i)) : BrokerRun.order(customer);
                producer.send(new ProducerRecord<>(topic, i % partitions, null, value));
                sent = i + 1;
            }
            producer.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            failure = e;
        }
    }

    /** How many orders each customer gets. */
    Map<String, Integer> expected() {
        Map<String, Integer> expected = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            expected.merge("c" + (i % customers), 1, Integer::sum);
        }
        return expected;
    }

    int sent() {
        if (failure != null) {
            throw new IllegalStateException("the feeder failed", failure);
        }
        return sent;
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
