package io.streamz.kafka;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Which offsets a source may commit: per partition, the units it emitted (a record, or a batch
 * of one partition) in offset order; a unit is finished once every branch downstream let go of
 * it. The committable offset of a partition is the end of its longest finished prefix, so a
 * finished later unit never overtakes a held earlier one (streamz commits each batch's own end).
 * Thread-safe: units finish on the loop, the consumer thread takes what to commit.
 */
final class OffsetTracker {
    /** A unit of one partition: offsets [first, last]. */
    static final class Unit {
        final TopicPartition partition;
        final long last;
        volatile boolean finished;

        Unit(TopicPartition partition, long last) {
            this.partition = partition;
            this.last = last;
        }
    }

    private final Map<TopicPartition, ArrayDeque<Unit>> pending = new HashMap<>();
    /** The next offset to commit per partition, once its prefix is finished; taken by {@link #takeCommittable}. */
    private final Map<TopicPartition, Long> committable = new HashMap<>();

    /** A new unit ending at {@code last}, in order after the previous ones of its partition. */
    synchronized Unit emitted(TopicPartition partition, long last) {
        Unit unit = new Unit(partition, last);
        pending.computeIfAbsent(partition, p -> new ArrayDeque<>()).add(unit);
        return unit;
    }

    /** Every branch let go of {@code unit}: its partition's finished prefix may have grown. */
    synchronized void finished(Unit unit) {
        unit.finished = true;
        ArrayDeque<Unit> queue = pending.get(unit.partition);
        if (queue == null) {
            return; // the partition was revoked meanwhile: its new owner re-reads it
        }
        Long next = null;
        while (!queue.isEmpty() && queue.peek().finished) {
            next = queue.poll().last + 1;
        }
        if (next != null) {
            committable.put(unit.partition, next);
        }
    }

    /** The offsets that became committable since the last call, for {@code commitSync}. */
    synchronized Map<TopicPartition, OffsetAndMetadata> takeCommittable() {
        Map<TopicPartition, OffsetAndMetadata> out = new HashMap<>();
        committable.forEach((partition, offset) -> out.put(partition, new OffsetAndMetadata(offset)));
        committable.clear();
        return out;
    }

    /** Forgets revoked partitions: their unfinished units will be read again by their next owner. */
    synchronized void revoked(Iterable<TopicPartition> partitions) {
        for (TopicPartition partition : partitions) {
            pending.remove(partition);
        }
    }

    /** Units emitted and not finished yet, for tests and stop(). */
    synchronized int unfinished() {
        return pending.values().stream().mapToInt(ArrayDeque::size).sum();
    }
}
