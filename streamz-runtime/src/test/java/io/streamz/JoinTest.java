package io.streamz;

import static io.streamz.FlowControlTest.listOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** zip, combineLatest and zipLatest, including connect and disconnect. */
class JoinTest {

    static FailOn failOn(Object bad) {
        return new FailOn(bad);
    }

    /** A map function named {@code check} that fails on tuples holding one item. */
    static final class FailOn implements Function<List<Object>, List<Object>>, Named {
        private final Object bad;

        FailOn(Object bad) {
            this.bad = bad;
        }

        @Override
        public List<Object> apply(List<Object> tuple) {
            if (tuple.contains(bad)) {
                throw new IllegalArgumentException("bad item " + bad);
            }
            return tuple;
        }

        @Override
        public String name() {
            return "check";
        }
    }

    @Nested
    class Zip {
        @Test
        void pairsElementsInConstructionOrderNotArrivalOrder() {
            Stream<Integer> a = new Stream<>();
            Stream<String> b = new Stream<>();
            ListSink<List<Object>> out = a.zip(b).sinkToList();
            b.emit("x");
            b.emit("y");
            assertEquals(List.of(), out);
            a.emit(1);
            a.emit(2);
            a.emit(3);
            assertEquals(List.of(List.of(1, "x"), List.of(2, "y")), out);
            b.emit("z");
            assertEquals(List.of(List.of(1, "x"), List.of(2, "y"), List.of(3, "z")), out);
            assertEquals("<zip>", out.sink().upstreams().get(0).toString());
        }

        @Test
        void threeInputsAndUnevenArrival() {
            Stream<Integer> a = new Stream<>();
            Stream<Integer> b = new Stream<>();
            Stream<Integer> c = new Stream<>();
            ListSink<List<Object>> out = a.zip(b, c).sinkToList();
            a.emit(1);
            a.emit(2);
            c.emit(30);
            b.emit(10);
            b.emit(20);
            assertEquals(List.of(List.of(1, 10, 30)), out);
            c.emit(40);
            assertEquals(List.of(List.of(1, 10, 30), List.of(2, 20, 40)), out);
        }

        @Test
        void nonStreamArgumentsAreLiteralSlots() {
            Stream<Integer> a = new Stream<>();
            Stream<Integer> b = new Stream<>();
            ListSink<List<Object>> out = a.zip(123, b, null).sinkToList();
            a.emit(1);
            b.emit(2);
            assertEquals(List.of(listOf(1, 123, 2, null)), out);
        }

        @Test
        void zipWithItselfGivesPairs() {
            Stream<Integer> a = new Stream<>();
            ListSink<List<Object>> out = a.zip(a).sinkToList();
            a.emit(1);
            a.emit(2);
            assertEquals(List.of(List.of(1, 1), List.of(2, 2)), out);
        }

        @Test
        void nullElementsAreBufferedAndZipped() {
            Stream<String> a = new Stream<>();
            Stream<String> b = new Stream<>();
            ListSink<List<Object>> out = a.zip(b).sinkToList();
            a.emit(null);
            a.emit("a");
            b.emit(null);
            b.emit(null);
            assertEquals(List.of(listOf(null, null), listOf("a", null)), out);
        }

        @Test
        void theSeedExampleSumsToTwenty() {
            Stream<Integer> source = new Stream<>();
            Stream<Integer> a = source.map(x -> x + 1);
            Stream<Integer> b = source.map(x -> x - 1);
            List<Integer> printed = new ArrayList<>();
            a.zip(b).map(t -> t.stream().mapToInt(Integer.class::cast).sum()).sink(printed::add);
            source.emit(10);
            assertEquals(List.of(20), printed);
        }

        @Test
        void maxsizeIsStoredAndSynchronousBuffersJustGrow() {
            Stream<Integer> a = new Stream<>();
            Stream<Integer> b = new Stream<>();
            ZipNode defaults = (ZipNode) a.zip(b);
            ZipNode bounded = (ZipNode) a.zipWithMaxsize(2, b);
            for (int i = 0; i < 25; i++) {
                a.emit(i);
            }
            assertEquals(10, defaults.maxsize());
            assertEquals(2, bounded.maxsize());
            assertEquals(25, bounded.buffered(a));
            assertEquals(0, bounded.buffered(b));
            assertThrows(IllegalArgumentException.class, () -> a.zipWithMaxsize(0, b));
        }

        @Test
        void connectAddsAnInputAtTheEnd() {
            Stream<Integer> a = new Stream<>();
            Stream<Integer> b = new Stream<>();
            Stream<List<Object>> zipped = a.zip(b);
            ListSink<List<Object>> out = zipped.sinkToList();
            Stream<Integer> c = new Stream<>();
            c.connect(zipped);
            a.emit(1);
            b.emit(2);
            assertEquals(List.of(), out, "waits for the new input");
            c.emit(3);
            assertEquals(List.of(List.of(1, 2, 3)), out);
        }

        @Test
        void disconnectDropsTheInputAndWhatItBuffered() {
            Stream<Integer> a = new Stream<>();
            Stream<Integer> b = new Stream<>();
            Stream<Integer> c = new Stream<>();
            Stream<List<Object>> zipped = a.zip(b, c);
            ListSink<List<Object>> out = zipped.sinkToList();
            a.emit(1);
            c.emit(30);
            b.disconnect(zipped);
            assertEquals(List.of(), out);
            b.emit(99);
            a.emit(2);
            assertEquals(List.of(List.of(1, 30)), out, "a: 1, 2 pending, c: 30 pending: one pair is ready");
            c.emit(40);
            assertEquals(List.of(List.of(1, 30), List.of(2, 40)), out);
            b.connect(zipped);
            a.emit(3);
            c.emit(50);
            b.emit(20);
            assertEquals(List.of(List.of(1, 30), List.of(2, 40), List.of(3, 50, 20)), out);
        }

        @Test
        void disconnectingAnInputWithBufferedElementsDiscardsThem() {
            Stream<Integer> a = new Stream<>();
            Stream<Integer> b = new Stream<>();
            ZipNode zipped = (ZipNode) a.zip(b);
            ListSink<List<Object>> out = zipped.sinkToList();
            b.emit(1);
            b.emit(2);
            b.disconnect(zipped);
            assertEquals(0, zipped.buffered(b));
            b.connect(zipped);
            a.emit(10);
            b.emit(3);
            assertEquals(List.of(List.of(10, 3)), out, "1 and 2 were discarded with the old input");
        }

        @Test
        void downstreamFailureLeavesTheBuffersConsistent() {
            Stream<Integer> a = new Stream<>();
            Stream<Integer> b = new Stream<>();
            ListSink<List<Object>> out = a.zip(b).map(failOn(0)).sinkToList();
            a.emit(0);
            a.emit(1);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.emit(5));
            assertEquals("map: check", StageFailure.stageOf(e));
            b.emit(6);
            assertEquals(List.of(List.of(1, 6)), out, "the failed tuple was popped; the next pairs up");
        }
    }

    @Nested
    class CombineLatest {
        @Test
        void nothingUntilEveryInputHasProducedThenTheLatestOfEach() {
            Stream<Integer> a = new Stream<>();
            Stream<String> b = new Stream<>();
            ListSink<List<Object>> out = a.combineLatest(b).sinkToList();
            a.emit(1);
            a.emit(2);
            assertEquals(List.of(), out);
            b.emit("a");
            a.emit(3);
            b.emit("b");
            assertEquals(List.of(List.of(2, "a"), List.of(3, "a"), List.of(3, "b")), out);
            assertEquals("<combineLatest>", out.sink().upstreams().get(0).toString());
        }

        @Test
        void emitOnRestrictsWhichInputsTrigger() {
            Stream<Integer> a = new Stream<>();
            Stream<String> b = new Stream<>();
            ListSink<List<Object>> out = a.combineLatest(List.of(b), List.of(a)).sinkToList();
            b.emit("x");
            a.emit(1);
            b.emit("y");
            b.emit("z");
            a.emit(2);
            assertEquals(List.of(List.of(1, "x"), List.of(2, "z")), out);
        }

        @Test
        void emitOnMustNameInputs() {
            Stream<Integer> a = new Stream<>();
            Stream<Integer> b = new Stream<>();
            Stream<Integer> stranger = new Stream<>();
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> a.combineLatest(List.of(b), List.of(stranger)));
            assertEquals("combineLatest: emitOn names <Stream>, which is not one of its inputs", e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> a.combineLatest(List.of(b), List.of()));
        }

        @Test
        void theSameInputTwiceFillsBothPositions() {
            Stream<Integer> a = new Stream<>();
            ListSink<List<Object>> out = a.combineLatest(a).sinkToList();
            a.emit(1);
            assertEquals(List.of(List.of(1, 1)), out);
        }

        @Test
        void nullIsALatestValue() {
            Stream<String> a = new Stream<>();
            Stream<String> b = new Stream<>();
            ListSink<List<Object>> out = a.combineLatest(b).sinkToList();
            a.emit(null);
            b.emit(null);
            assertEquals(List.of(listOf(null, null)), out);
        }

        @Test
        void connectedInputIsWaitedForAndTriggers() {
            Stream<Integer> a = new Stream<>();
            Stream<Integer> b = new Stream<>();
            Stream<List<Object>> combined = a.combineLatest(b);
            ListSink<List<Object>> out = combined.sinkToList();
            a.emit(1);
            b.emit(2);
            Stream<Integer> c = new Stream<>();
            c.connect(combined);
            a.emit(3);
            assertEquals(List.of(List.of(1, 2)), out, "the new input has not produced yet");
            c.emit(4);
            assertEquals(List.of(List.of(1, 2), List.of(3, 2, 4)), out);
        }

        @Test
        void disconnectedInputLosesItsPosition() {
            Stream<Integer> a = new Stream<>();
            Stream<Integer> b = new Stream<>();
            Stream<Integer> c = new Stream<>();
            Stream<List<Object>> combined = a.combineLatest(b, c);
            ListSink<List<Object>> out = combined.sinkToList();
            a.emit(1);
            b.emit(2);
            b.disconnect(combined);
            c.emit(3);
            assertEquals(List.of(List.of(1, 3)), out);
        }

        @Test
        void disconnectingTheOnlyEmitOnInputFallsBackToEveryInput() {
            Stream<Integer> a = new Stream<>();
            Stream<Integer> b = new Stream<>();
            Stream<Integer> c = new Stream<>();
            Stream<List<Object>> combined = a.combineLatest(List.of(b, c), List.of(b));
            ListSink<List<Object>> out = combined.sinkToList();
            a.emit(1);
            c.emit(3);
            b.emit(2);
            assertEquals(List.of(List.of(1, 2, 3)), out);
            b.disconnect(combined);
            a.emit(10);
            assertEquals(List.of(List.of(1, 2, 3), List.of(10, 3)), out);
        }

        @Test
        void downstreamFailureKeepsTheLatestValues() {
            Stream<Integer> a = new Stream<>();
            Stream<Integer> b = new Stream<>();
            ListSink<List<Object>> out = a.combineLatest(b).map(failOn(0)).sinkToList();
            a.emit(1);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.emit(0));
            assertEquals("map: check", StageFailure.stageOf(e));
            b.emit(5);
            a.emit(2);
            assertEquals(
                    List.of(List.of(1, 5), List.of(2, 5)),
                    out,
                    "the failing element was stored as latest, then replaced");
        }
    }

    @Nested
    class ZipLatest {
        @Test
        void everyLosslessElementOnceWithTheOthersLatestAtDrainTime() {
            // streamz's test_triple_zip_latest
            Stream<Integer> s1 = new Stream<>();
            Stream<String> s2 = new Stream<>();
            Stream<String> s3 = new Stream<>();
            ListSink<List<Object>> out = s1.zipLatest(s2, s3).sinkToList();
            s1.emit(1);
            s2.emit("I");
            s2.emit("II");
            s1.emit(2);
            s2.emit("III");
            assertEquals(List.of(), out);
            s3.emit("a");
            assertEquals(List.of(List.of(1, "III", "a"), List.of(2, "III", "a")), out);
            s3.emit("b");
            s1.emit(3);
            assertEquals(List.of(3, "III", "b"), out.get(2));
            assertEquals(3, out.size(), "updates of the others never trigger by themselves");
            assertEquals("<zipLatest>", out.sink().upstreams().get(0).toString());
        }

        @Test
        void losslessFirstInTheTupleAndNullsAllowed() {
            Stream<String> lossless = new Stream<>();
            Stream<String> other = new Stream<>();
            ListSink<List<Object>> out = lossless.zipLatest(other).sinkToList();
            other.emit(null);
            lossless.emit("x");
            lossless.emit(null);
            assertEquals(List.of(listOf("x", null), listOf(null, null)), out);
        }

        @Test
        void noOthersPassesEachElementAsASingleton() {
            Stream<Integer> a = new Stream<>();
            ListSink<List<Object>> out = a.zipLatest().sinkToList();
            a.emit(1);
            assertEquals(List.of(List.of(1)), out);
        }

        @Test
        void connectedInputHoldsLosslessElementsUntilItProduces() {
            Stream<Integer> a = new Stream<>();
            Stream<Integer> b = new Stream<>();
            Stream<List<Object>> joined = a.zipLatest(b);
            ListSink<List<Object>> out = joined.sinkToList();
            b.emit(10);
            a.emit(1);
            Stream<Integer> c = new Stream<>();
            c.connect(joined);
            a.emit(2);
            a.emit(3);
            assertEquals(List.of(List.of(1, 10)), out);
            c.emit(100);
            assertEquals(List.of(List.of(1, 10), List.of(2, 10, 100), List.of(3, 10, 100)), out);
        }

        @Test
        void disconnectedOtherLosesItsPosition() {
            Stream<Integer> a = new Stream<>();
            Stream<Integer> b = new Stream<>();
            Stream<Integer> c = new Stream<>();
            Stream<List<Object>> joined = a.zipLatest(b, c);
            ListSink<List<Object>> out = joined.sinkToList();
            a.emit(1);
            b.emit(2);
            c.disconnect(joined);
            a.emit(3);
            assertEquals(List.of(List.of(1, 2), List.of(3, 2)), out, "the held 1 drains with the next update");
        }

        @Test
        void disconnectingTheLosslessInputDiscardsHeldElementsAndReconnectingResumes() {
            Stream<Integer> a = new Stream<>();
            Stream<Integer> b = new Stream<>();
            ZipLatestNode joined = (ZipLatestNode) a.zipLatest(b);
            ListSink<List<Object>> out = joined.sinkToList();
            a.emit(1);
            a.emit(2);
            assertEquals(2, joined.held());
            a.disconnect(joined);
            assertEquals(0, joined.held());
            b.emit(10);
            assertEquals(List.of(), out);
            a.connect(joined);
            a.emit(3);
            assertEquals(List.of(List.of(3, 10)), out);
        }

        @Test
        void downstreamFailureLosesOnlyTheFailingElement() {
            Stream<Integer> a = new Stream<>();
            Stream<Integer> b = new Stream<>();
            ListSink<List<Object>> out = a.zipLatest(b).map(failOn(0)).sinkToList();
            a.emit(1);
            a.emit(0);
            a.emit(2);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.emit(7));
            assertEquals("map: check", StageFailure.stageOf(e));
            assertEquals(List.of(List.of(1, 7)), out);
            b.emit(8);
            assertEquals(List.of(List.of(1, 7), List.of(2, 8)), out, "2 was still held and drains next");
        }
    }
}
