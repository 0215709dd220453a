package io.streamz.processor.validate;

import io.streamz.processor.model.StageKind;
import io.streamz.processor.read.PipelineReader;
import java.util.LinkedHashSet;
import java.util.Set;

/** What each stage kind demands of its method that the kind itself does not say. */
final class StageShapes {
    /** Whether the user writes the stage's body, the processor generates it, or either. */
    enum Body {
        DEFAULT,
        ABSTRACT,
        EITHER
    }

    static final String PIPELINE = PipelineReader.ANNOTATIONS + ".Pipeline";

    private StageShapes() {}

    static Body body(StageKind kind) {
        return switch (kind) {
            case MAP, FILTER, ACCUMULATE, MAP_ASYNC -> Body.DEFAULT;
            case SOURCE,
                    FLATTEN,
                    PARTITION,
                    SLIDING_WINDOW,
                    UNIQUE,
                    SLICE,
                    PARTITION_UNIQUE,
                    FREQUENCIES,
                    UNION,
                    BUFFER,
                    LATEST,
                    DELAY,
                    RATE_LIMIT,
                    TIMED_WINDOW,
                    TIMED_WINDOW_UNIQUE,
                    KEY_BY -> Body.ABSTRACT;
            default -> Body.EITHER;
        };
    }

    /** {@code @Map}, as messages show a kind. */
    static String at(StageKind kind) {
        return "@" + kind.annotation();
    }

    static String qualifiedName(StageKind kind) {
        return PipelineReader.ANNOTATIONS + "." + kind.annotation();
    }

    /** The qualified names of every stage annotation. */
    static Set<String> qualifiedNames() {
        Set<String> names = new LinkedHashSet<>();
        for (StageKind kind : StageKind.values()) {
            names.add(qualifiedName(kind));
        }
        return names;
    }
}
