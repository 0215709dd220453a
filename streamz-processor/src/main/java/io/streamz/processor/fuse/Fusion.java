package io.streamz.processor.fuse;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.streamz.processor.model.Edge;
import io.streamz.processor.model.PipelineModel;
import io.streamz.processor.model.Stage;
import io.streamz.processor.model.StageKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups a pipeline's stages into {@link Segment}s. A stage continues its upstream's segment
 * when it is that upstream's only downstream and takes no other input, up to {@link #MAX_STAGES}; it starts a new one after
 * a source, a branch point, a stage resetting an accumulate, a flatten or a stage that uses the event loop (buffer, delay,
 * rateLimit, timedWindow: a runtime helper calls what follows it, from the loop), and at every
 * union or join, whose several callers all call into it.
 */
public final class Fusion {
    /** The type of the tuples joins emit, as the runtime: {@code List<Object>}. */
    public static final TypeName TUPLE =
            ParameterizedTypeName.get(ClassName.get("java.util", "List"), ClassName.OBJECT);

    /**
     * The most stages one segment holds: a longer chain goes on in the next segment, whose method
     * the first calls at its end. A segment's method then stays far below javac's 64 KB limit
     * and HotSpot's 8,000-byte limit for compiling a method at all.
     */
    public static final int MAX_STAGES = 64;

    private final PipelineModel model;
    private final Map<Stage, Segment> byFirstStage = new LinkedHashMap<>();
    private final Map<Stage, LockStepZip> lockStepBySource = new LinkedHashMap<>();

    private Fusion(PipelineModel model) {
        this.model = model;
    }

    /** The segments of {@code model}, ordered by the declaration of their first stage. */
    public static Fusion of(PipelineModel model) {
        Fusion fusion = new Fusion(model);
        Set<Stage> grown = new HashSet<>();
        for (Stage stage : model.stages()) {
            // a stage no segment holds starts one: where the graph says so, or after a full segment
            if (stage.kind() != StageKind.SOURCE && !grown.contains(stage)) {
                Segment segment = fusion.grow(stage);
                grown.addAll(segment.stages());
                fusion.byFirstStage.put(stage, segment);
            }
        }
        for (Stage zip : model.ofKind(StageKind.ZIP)) {
            LockStepZip lockStep = fusion.lockStep(zip);
            if (lockStep != null) {
                fusion.lockStepBySource.putIfAbsent(lockStep.source(), lockStep);
            }
        }
        return fusion;
    }

    /**
     * The zip {@code source} feeds in lock step, or {@code null}. A source feeding several such
     * zips pairs only the first one declared in locals; the others queue as usual.
     */
    public LockStepZip lockStepZipOf(Stage source) {
        return lockStepBySource.get(source);
    }

    /** The lock-step zip {@code segment} starts or feeds as one of its chains, or {@code null}. */
    public LockStepZip lockStepZipAround(Segment segment) {
        for (LockStepZip lockStep : lockStepBySource.values()) {
            if (lockStep.zip().equals(segment.first()) || lockStep.isChain(segment)) {
                return lockStep;
            }
        }
        return null;
    }

    /** The pipeline the segments come from. */
    public PipelineModel model() {
        return model;
    }

    /** Every segment, ordered by the declaration of its first stage. */
    public List<Segment> segments() {
        return List.copyOf(byFirstStage.values());
    }

    /** The segment that starts with {@code stage}. */
    public Segment segmentStartingAt(Stage stage) {
        Segment segment = byFirstStage.get(stage);
        if (segment == null) {
            throw new IllegalArgumentException(stage.name() + " does not start a segment");
        }
        return segment;
    }

    /** Where a value leaving {@code stage} goes: its downstream edges in branch order. */
    public List<Edge> exits(Stage stage) {
        return model.downstreams(stage);
    }

    boolean startsSegment(Stage stage) {
        if (stage.kind().isMultiInput()) {
            return true;
        }
        Stage upstream = model.upstream(stage);
        return upstream.kind() == StageKind.SOURCE
                || upstream.kind().endsSegment()
                || model.downstreams(upstream).size() != 1;
    }

    private Segment grow(Stage first) {
        List<Stage> stages = new ArrayList<>();
        Stage current = first;
        while (true) {
            stages.add(current);
            List<Edge> next = model.downstreams(current);
            if (current.kind().endsSegment()
                    || stages.size() == MAX_STAGES
                    || next.size() != 1
                    || next.get(0).reset()
                    || startsSegment(next.get(0).to())) {
                return new Segment(stages, inputTypeOf(first));
            }
            current = next.get(0).to();
        }
    }

    /**
     * {@code zip} as a {@link LockStepZip}, or {@code null} when some input is not fed one value
     * per call of one common source: a filter, flatten, window, unique, join or time stage on
     * the way, a stage on the way that routes its failures (it may drop the element) or has
     * another downstream, several sources, or a pipeline where a stage resets an accumulate.
     */
    private LockStepZip lockStep(Stage zip) {
        if (!zip.userBody() || model.hasResets()) {
            return null;
        }
        Stage source = null;
        List<Stage> chainStarts = new ArrayList<>();
        for (String input : zip.upstreams()) {
            Stage chainStart = zip;
            Stage current = model.stage(input);
            int length = 0;
            while (current.kind() != StageKind.SOURCE) {
                if (!current.kind().isOneToOne()
                        || model.failureRoute(current) != null
                        || model.downstreams(current).size() != 1
                        || ++length > MAX_STAGES) { // a chain is one segment, returning its value
                    return null;
                }
                chainStart = current;
                current = model.upstream(current);
            }
            if (source != null && !source.equals(current)) {
                return null;
            }
            source = current;
            chainStarts.add(chainStart);
        }
        return new LockStepZip(zip, source, chainStarts);
    }

    private TypeName inputTypeOf(Stage first) {
        if (first.kind().isJoin()) {
            return TUPLE;
        }
        if (first.kind().isMultiInput()) {
            return unionElement(first);
        }
        return model.upstream(first).outputType();
    }

    /**
     * A union's element: the type it declares, boxed when it declares a primitive that an input
     * hands over boxed (a union passes elements on unchanged, a {@code null} too, as the
     * interpreted union does; unboxing it on the way in would throw).
     */
    private TypeName unionElement(Stage union) {
        TypeName element = union.outputType();
        if (element.isPrimitive()) {
            for (String input : union.upstreams()) {
                if (!model.stage(input).outputType().equals(element)) {
                    return element.box();
                }
            }
        }
        return element;
    }
}
