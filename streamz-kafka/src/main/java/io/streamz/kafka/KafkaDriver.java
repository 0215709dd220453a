package io.streamz.kafka;

import io.streamz.RefCounter;
import io.streamz.UncaughtFailures;
import io.streamz.source.SourceContext;
import io.streamz.source.SourceDriver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * streamz's {@code from_kafka} and {@code from_kafka_batched}: a consumer in a group subscribed to
 * topics, polled every poll interval on a thread of its own, emitting each record
 * ({@link #records}) or, per poll, one list per partition ({@link #batches}). Checkpointing, as
 * streamz does it with metadata reference counting: every emitted unit carries a
 * {@link RefCounter}, and a partition's offset is committed only up to the longest prefix of
 * units that every branch downstream finished with (asynchronous sinks, buffers and windows
 * included), so a consumer killed mid-stream and restarted re-reads exactly what was not
 * finished: at least once, nothing lost. Auto-commit is turned off. A new group under
 * {@code auto.offset.reset=latest} commits the position it starts from when it starts. Each
 * unit waits for the previous one's emit stage (back pressure); while it waits, the consumer
 * pauses its partitions and goes on polling every poll interval (committing what finished), so
 * a sink slower than {@code max.poll.interval.ms} does not get it thrown out of its group.
 * {@code stop()} commits what is finished and closes the consumer.
 *
 * @param <K> the key type
 * @param <V> the value type
 * @param <T> what is emitted: a record, or a batch of them
 */
public final class KafkaDriver<K, V, T> implements SourceDriver<T> {
    static final Duration DEFAULT_POLL = Duration.ofMillis(100);

    private final List<String> topics;
    private final Map<String, Object> config;
    private final Deserializer<K> keys;
    private final Deserializer<V> values;
    private final boolean batched;
    private final Duration pollInterval;

    private KafkaDriver(
            List<String> topics,
            Map<String, Object> config,
            Deserializer<K> keys,
            Deserializer<V> values,
            boolean batched,
            Duration pollInterval) {
        this.topics = List.copyOf(topics);
        if (this.topics.isEmpty()) {
            throw new IllegalArgumentException("fromKafka: no topic to subscribe to");
        }
        this.config = new HashMap<>(config);
        if (!this.config.containsKey(ConsumerConfig.GROUP_ID_CONFIG)) {
            throw new IllegalArgumentException("fromKafka: the consumer config needs a group.id to commit offsets");
        }
        this.config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.keys = Objects.requireNonNull(keys, "keys");
        this.values = Objects.requireNonNull(values, "values");
        this.batched = batched;
        Objects.requireNonNull(pollInterval, "pollInterval");
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("fromKafka: pollInterval must be > 0, not " + pollInterval);
        }
        this.pollInterval = pollInterval;
    }

    /**
     * Emits every record of {@code topics}, one at a time.
     *
     * @param <K> the key type
     * @param <V> the value type
     * @param topics the topics to subscribe to (at least one)
     * @param config the consumer's configuration; needs {@code bootstrap.servers} and {@code group.id}
     * @param keys the key deserializer
     * @param values the value deserializer
     * @return a driver for a {@link io.streamz.Source}, polling every 100 ms
     */
    public static <K, V> KafkaDriver<K, V, ConsumerRecord<K, V>> records(
            Collection<String> topics, Map<String, ?> config, Deserializer<K> keys, Deserializer<V> values) {
        return new KafkaDriver<>(List.copyOf(topics), Map.copyOf(config), keys, values, false, DEFAULT_POLL);
    }

    /**
     * Emits, per poll, the records of each partition as one list (streamz's per-partition batches).
     *
     * @param <K> the key type
     * @param <V> the value type
     * @param topics the topics to subscribe to (at least one)
     * @param config the consumer's configuration; needs {@code bootstrap.servers} and {@code group.id}
     * @param keys the key deserializer
     * @param values the value deserializer
     * @return a driver for a {@link io.streamz.Source}, polling every 100 ms
     */
    public static <K, V> KafkaDriver<K, V, List<ConsumerRecord<K, V>>> batches(
            Collection<String> topics, Map<String, ?> config, Deserializer<K> keys, Deserializer<V> values) {
        return new KafkaDriver<>(List.copyOf(topics), Map.copyOf(config), keys, values, true, DEFAULT_POLL);
    }

    /**
     * How long a poll waits for records (streamz's {@code poll_interval}).
     *
     * @param pollInterval the poll timeout, greater than zero
     * @return a copy of this driver with that poll interval
     */
    public KafkaDriver<K, V, T> pollInterval(Duration pollInterval) {
        return new KafkaDriver<>(topics, config, keys, values, batched, pollInterval);
    }

    @Override
    public Session open(SourceContext<T> context) {
        KafkaConsumer<K, V> consumer = new KafkaConsumer<>(config, keys, values);
        Poller poller = new Poller(context, consumer);
        consumer.subscribe(topics, poller);
        Thread thread = new Thread(poller::run, "streamz-kafka-" + String.join(",", topics));
        thread.setDaemon(true);
        // what escapes the poller is logged (UncaughtFailures), not printed to System.err
        thread.setUncaughtExceptionHandler((dead, failure) -> UncaughtFailures.report(failure));
        thread.start();
        return () -> {
            poller.closing = true;
            consumer.wakeup(); // out of a poll
            thread.interrupt(); // out of waiting for an emit that may never finish
            try {
                thread.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    @Override
    public String operatorName() {
        return batched ? "fromKafkaBatched" : "fromKafka";
    }

    @Override
    public String detail() {
        return String.join(", ", topics);
    }

    /** The consumer's thread: every call on the consumer happens here. */
    private final class Poller implements ConsumerRebalanceListener {
        private final SourceContext<T> context;
        private final KafkaConsumer<K, V> consumer;
        private final OffsetTracker tracker = new OffsetTracker();
        volatile boolean closing;

        Poller(SourceContext<T> context, KafkaConsumer<K, V> consumer) {
            this.context = context;
            this.consumer = consumer;
        }

        void run() {
            try {
                while (!closing && context.active()) {
                    commitFinished();
                    ConsumerRecords<K, V> polled = consumer.poll(pollInterval);
                    for (Map.Entry<TopicPartition, List<ConsumerRecord<K, V>>> part :
                            byPartition(polled).entrySet()) {
                        if (!emit(part.getKey(), part.getValue())) {
                            return;
                        }
                    }
                }
            } catch (WakeupException e) {
                // stop(): fall through to the final commit
            } catch (RuntimeException e) {
                if (!closing) { // stop() interrupting a poll is not a failure
                    context.fail(e);
                }
            } finally {
                Thread.interrupted(); // stop() may have interrupted a wait: commit and close all the same
                try {
                    commitFinished();
                } catch (RuntimeException e) {
                    context.fail(e);
                }
                consumer.close();
            }
        }

        /** Emits the records of one partition, as units, each after the previous one's emit; false once stopped. */
        @SuppressWarnings("unchecked")
        private boolean emit(TopicPartition partition, List<ConsumerRecord<K, V>> records) {
            List<Object> units = batched ? List.of(records) : new ArrayList<>(records);
            for (Object unit : units) {
                if (closing || !context.active()) {
                    return false;
                }
                long last = batched ? records.get(records.size() - 1).offset() : ((ConsumerRecord<K, V>) unit).offset();
                OffsetTracker.Unit tracked = tracker.emitted(partition, last);
                RefCounter ref = new RefCounter(() -> tracker.finished(tracked));
                CompletionStage<Void> done = context.emit((T) unit, List.of(Map.of("ref", ref)));
                if (!await(done.toCompletableFuture())) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Waits for an emit's stage; every poll interval meanwhile, commits what finished and polls
         * with the assigned partitions paused, so that the group does not take them away however
         * long the wait (the consumer is this thread's). False if stop() interrupted the wait.
         */
        private boolean await(CompletableFuture<Void> done) {
            boolean polledMeanwhile = false;
            try {
                while (true) {
                    try {
                        done.get(pollInterval.toNanos(), TimeUnit.NANOSECONDS);
                        return true;
                    } catch (ExecutionException e) {
                        return true; // reported by the context; the unit is finished all the same
                    } catch (TimeoutException e) {
                        commitFinished();
                        pollPaused();
                        polledMeanwhile = true;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                }
            } finally {
                if (polledMeanwhile) {
                    consumer.resume(consumer.paused());
                }
            }
        }

        /**
         * A poll that fetches nothing: every assigned partition paused. A partition assigned during
         * it (a rebalance) is not paused yet: what it returned is read again later, from its start.
         */
        private void pollPaused() {
            consumer.pause(consumer.assignment());
            ConsumerRecords<K, V> polled = consumer.poll(Duration.ZERO);
            for (TopicPartition partition : polled.partitions()) {
                consumer.seek(partition, polled.records(partition).get(0).offset());
            }
        }

        private Map<TopicPartition, List<ConsumerRecord<K, V>>> byPartition(ConsumerRecords<K, V> polled) {
            Map<TopicPartition, List<ConsumerRecord<K, V>>> parts = new LinkedHashMap<>();
            for (TopicPartition partition : polled.partitions()) {
                parts.put(partition, polled.records(partition));
            }
            return parts;
        }

        private void commitFinished() {
            Map<TopicPartition, OffsetAndMetadata> offsets = tracker.takeCommittable();
            offsets.keySet().retainAll(consumer.assignment());
            if (!offsets.isEmpty()) {
                consumer.commitSync(offsets);
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            commitFinished();
            tracker.revoked(partitions);
        }

        /** A new group starting from the latest offsets commits them, so a restart starts there too. */
        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions));
            Map<TopicPartition, OffsetAndMetadata> start = new HashMap<>();
            for (TopicPartition partition : partitions) {
                if (committed.get(partition) == null) {
                    start.put(partition, new OffsetAndMetadata(consumer.position(partition)));
                }
            }
            if (!start.isEmpty()) {
                consumer.commitSync(start);
            }
        }
    }
}
