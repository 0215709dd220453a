package io.streamz.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class OffsetTrackerTest {
    private final TopicPartition p0 = new TopicPartition("t", 0);
    private final TopicPartition p1 = new TopicPartition("t", 1);

    @Test
    void aFinishedLaterUnitNeverOvertakesAHeldEarlierOne() {
        OffsetTracker tracker = new OffsetTracker();
        OffsetTracker.Unit first = tracker.emitted(p0, 4); // a batch 0..4
        OffsetTracker.Unit second = tracker.emitted(p0, 9); // a batch 5..9
        tracker.finished(second);
        assertEquals(Map.of(), tracker.takeCommittable(), "streamz would commit 10 here");
        tracker.finished(first);
        assertEquals(Map.of(p0, new OffsetAndMetadata(10)), tracker.takeCommittable());
        assertEquals(Map.of(), tracker.takeCommittable(), "taken once");
        assertEquals(0, tracker.unfinished());
    }

    @Test
    void partitionsAreIndependentAndRevokedOnesAreForgotten() {
        OffsetTracker tracker = new OffsetTracker();
        OffsetTracker.Unit a = tracker.emitted(p0, 0);
        OffsetTracker.Unit b = tracker.emitted(p1, 7);
        OffsetTracker.Unit c = tracker.emitted(p0, 1);
        tracker.finished(b);
        tracker.finished(a);
        assertEquals(Map.of(p0, new OffsetAndMetadata(1), p1, new OffsetAndMetadata(8)), tracker.takeCommittable());
        tracker.revoked(List.of(p0));
        tracker.finished(c);
        assertEquals(Map.of(), tracker.takeCommittable(), "its new owner re-reads it");
    }
}
