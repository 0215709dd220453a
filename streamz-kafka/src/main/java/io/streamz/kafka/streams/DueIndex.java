package io.streamz.kafka.streams;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The per-key timers of one scope processor, in a changelogged store so that they survive a
 * failover with the state they belong to. Entries:
 * <ul>
 *   <li>{@code [0][due][seq] -> [timer][key prefix]}: by due time (sign bit flipped, so the bytes
 *       order as the numbers), then registration order;</li>
 *   <li>{@code [1][timer][due][key prefix] -> [seq]}: deduplicates (key, timer, due);</li>
 *   <li>{@code [2] -> [next seq]}.</li>
 * </ul>
 */
final class DueIndex {
    private static final Bytes NEXT = Bytes.wrap(new byte[] {2});
    private final KeyValueStore<Bytes, byte[]> store;

    DueIndex(KeyValueStore<Bytes, byte[]> store) {
        this.store = store;
    }

    /** A timer that fell due: which one, for which key (its store prefix), and when. */
    record Due(int timer, byte[] keyPrefix, long dueMillis) {}

    /** Registers {@code timer} for the key with store prefix {@code keyPrefix} at {@code dueMillis}, once. */
    void register(int timer, long dueMillis, byte[] keyPrefix) {
        Bytes dedup = Bytes.wrap(ByteBuffer.allocate(13 + keyPrefix.length)
                .put((byte) 1)
                .putInt(timer)
                .putLong(dueMillis)
                .put(keyPrefix)
                .array());
        if (store.get(dedup) != null) {
            return;
        }
        long seq = StoreBytes.first(store.get(NEXT));
        store.put(NEXT, StoreBytes.longs(seq + 1, 0));
        store.put(
                byTime(dueMillis, seq),
                ByteBuffer.allocate(4 + keyPrefix.length)
                        .putInt(timer)
                        .put(keyPrefix)
                        .array());
        store.put(dedup, ByteBuffer.allocate(8).putLong(seq).array());
    }

    /** Removes and returns up to {@code max} timers due by {@code nowMillis}, in due then registration order. */
    List<Due> pollDue(long nowMillis, int max) {
        List<KeyValue<Bytes, byte[]>> entries = new ArrayList<>();
        try (KeyValueIterator<Bytes, byte[]> it = store.range(byTime(Long.MIN_VALUE, 0), byTime(nowMillis, -1))) {
            while (it.hasNext() && entries.size() < max) {
                entries.add(it.next());
            }
        }
        List<Due> due = new ArrayList<>(entries.size());
        for (KeyValue<Bytes, byte[]> entry : entries) {
            ByteBuffer key = ByteBuffer.wrap(entry.key.get());
            long dueMillis = key.getLong(1) ^ Long.MIN_VALUE;
            ByteBuffer value = ByteBuffer.wrap(entry.value);
            int timer = value.getInt();
            byte[] prefix = Arrays.copyOfRange(entry.value, 4, entry.value.length);
            store.delete(entry.key);
            store.delete(Bytes.wrap(ByteBuffer.allocate(13 + prefix.length)
                    .put((byte) 1)
                    .putInt(timer)
                    .putLong(dueMillis)
                    .put(prefix)
                    .array()));
            due.add(new Due(timer, prefix, dueMillis));
        }
        return due;
    }

    private static Bytes byTime(long dueMillis, long seq) {
        return Bytes.wrap(ByteBuffer.allocate(17)
                .put((byte) 0)
                .putLong(dueMillis ^ Long.MIN_VALUE)
                .putLong(seq)
                .array());
    }
}
