package io.streamz.engine;

import java.util.HashSet;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The per-key timers of {@link LocalEngine}: pending registrations in due order (registration
 * order for equal due times), deduplicated per (key, timer, due time).
 */
final class LocalTimers implements TimerService {
    private final LocalEngine engine;
    private final int timerCount;
    private final PriorityQueue<Entry> queue = new PriorityQueue<>();
    private final Set<Pending> pending = new HashSet<>();
    private long registrations;

    LocalTimers(LocalEngine engine, int timerCount) {
        this.engine = engine;
        this.timerCount = timerCount;
    }

    @Override
    public void register(int timer, long dueMillis) {
        if (timer < 0 || timer >= timerCount) {
            throw new IllegalArgumentException(engine.spec().pipeline() + " has no timer " + timer);
        }
        Object key = engine.state().currentKey();
        if (pending.add(new Pending(key, timer, dueMillis))) {
            queue.add(new Entry(key, timer, dueMillis, registrations++));
            engine.wakeAt(dueMillis);
        }
    }

    /** Forgets every registration (the engine is closing). */
    void clear() {
        queue.clear();
        pending.clear();
    }

    /** How many registrations have not fired yet. */
    int size() {
        return queue.size();
    }

    /** The earliest due registration if it is due by {@code now}, removed; {@code null} otherwise. */
    Entry pollDue(long now) {
        Entry head = queue.peek();
        if (head == null || head.due > now) {
            return null;
        }
        queue.poll();
        pending.remove(new Pending(head.key, head.timer, head.due));
        return head;
    }

    /** What deduplicates registrations. */
    private record Pending(Object key, int timer, long due) {}

    /** A registration waiting for its due time. */
    static final class Entry implements Comparable<Entry> {
        final Object key;
        final int timer;
        final long due;
        private final long sequence;

        Entry(Object key, int timer, long due, long sequence) {
            this.key = key;
            this.timer = timer;
            this.due = due;
            this.sequence = sequence;
        }

        @Override
        public int compareTo(Entry other) {
            int byDue = Long.compare(due, other.due);
            return byDue != 0 ? byDue : Long.compare(sequence, other.sequence);
        }
    }
}
