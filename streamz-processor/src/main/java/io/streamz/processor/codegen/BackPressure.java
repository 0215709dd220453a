package io.streamz.processor.codegen;

import com.palantir.javapoet.TypeName;
import io.streamz.processor.fuse.Fusion;
import io.streamz.processor.fuse.Segment;
import io.streamz.processor.model.Edge;
import io.streamz.processor.model.Stage;
import java.util.HashMap;
import java.util.Map;

/**
 * Which generated calls return a back-pressure future ({@code CompletableFuture<Void>},
 * {@code null} when nothing is pending), as the runtime's push protocol does: a segment that ends
 * in a stage on the event loop or an asynchronous sink, is called by a loop stage's helper, or
 * hands values to a call that returns one; and an offer to a zip whose waits somebody observes.
 * Everything else stays {@code void}, so synchronous pipelines carry no futures at all.
 */
final class BackPressure {
    private final Fusion fusion;
    private final Map<Segment, Boolean> returnsFuture = new HashMap<>();

    BackPressure(Fusion fusion) {
        this.fusion = fusion;
    }

    /** Whether the method of {@code segment} returns a back-pressure future. */
    boolean returnsFuture(Segment segment) {
        Boolean known = returnsFuture.get(segment);
        if (known == null) {
            Stage first = segment.first();
            known = segment.last().kind().usesLoop()
                    || segment.last().isAsyncSink()
                    || (!first.kind().isMultiInput()
                            && fusion.model().upstream(first).kind().usesLoop())
                    || handsToFuture(segment.last());
            returnsFuture.put(segment, known);
        }
        return known;
    }

    /**
     * Whether handing a value on from {@code stage} can leave work pending: some downstream's
     * method returns a future, or a join's does (its helper passes it back from {@code offer}).
     */
    boolean handsToFuture(Stage stage) {
        if (stage.kind().usesLoop()) {
            return false;
        }
        for (Edge exit : fusion.exits(stage)) {
            if (!exit.reset() && returnsFuture(exit.to())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether handing a value to {@code target} returns a back-pressure future: its segment's
     * method does, or {@code target} is a zip whose waits somebody observes (a loop stage paces
     * itself by them, a source returning {@code CompletionStage} returns them).
     */
    boolean returnsFuture(Stage target) {
        return (Generation.unit(target).offerWaits() && zipWaitsObserved())
                || returnsFuture(fusion.segmentStartingAt(target));
    }

    /** Whether the method of the segment starting at {@code first} returns a back-pressure future. */
    boolean segmentReturnsFuture(Stage first) {
        return returnsFuture(fusion.segmentStartingAt(first));
    }

    private boolean zipWaitsObserved() {
        if (fusion.model().usesLoop()) {
            return true;
        }
        for (Stage source : fusion.model().sources()) {
            if (!source.returnType().equals(TypeName.VOID)) {
                return true;
            }
        }
        return false;
    }
}
