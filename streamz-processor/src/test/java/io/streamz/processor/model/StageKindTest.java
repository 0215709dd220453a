package io.streamz.processor.model;

import static com.google.common.truth.Truth.assertThat;

import io.streamz.processor.model.StageKind.Emits;
import io.streamz.processor.model.StageKind.Upstream;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-kind facts validation and the model share. */
class StageKindTest {
    @Test
    void aSourceHasNoUpstreamWhateverFromSays() {
        assertThat(StageKind.SOURCE.upstreams(List.of("a"), "b")).isEmpty();
    }

    @Test
    void aSingleInputStageReadsFromTheStageDeclaredBeforeItUnlessFromNamesOne() {
        assertThat(StageKind.MAP.upstreams(List.of(), "parse")).containsExactly(new Upstream("parse", -1));
        assertThat(StageKind.MAP.upstreams(List.of(), "parse").get(0).isImplicit())
                .isTrue();
        assertThat(StageKind.FILTER.upstreams(List.of("emit"), "parse")).containsExactly(new Upstream("emit", 0));
        assertThat(StageKind.SINK.upstreams(List.of(), null)).isEmpty();
    }

    @Test
    void aUnionOrJoinReadsEveryNameInFromInOrderAndNeverTheStageBefore() {
        for (StageKind kind : List.of(StageKind.UNION, StageKind.ZIP, StageKind.COMBINE_LATEST, StageKind.ZIP_LATEST)) {
            assertThat(kind.upstreams(List.of("b", "a"), "c"))
                    .containsExactly(new Upstream("b", 0), new Upstream("a", 1))
                    .inOrder();
            assertThat(kind.upstreams(List.of(), "c")).isEmpty();
        }
    }

    @Test
    void whatEachKindEmits() {
        assertThat(StageKind.SOURCE.emits()).isEqualTo(Emits.PARAMETER);
        assertThat(StageKind.SINK.emits()).isEqualTo(Emits.NOTHING);
        assertThat(StageKind.ACCUMULATE.emits()).isEqualTo(Emits.ACCUMULATED);
        assertThat(StageKind.MAP_ASYNC.emits()).isEqualTo(Emits.COMPLETION_VALUE);
        EnumSet<StageKind> same = EnumSet.noneOf(StageKind.class);
        for (StageKind kind : StageKind.values()) {
            if (kind.emits() == Emits.UPSTREAM) {
                same.add(kind);
            }
        }
        assertThat(same)
                .containsExactly(
                        StageKind.FILTER,
                        StageKind.UNIQUE,
                        StageKind.SLICE,
                        StageKind.BUFFER,
                        StageKind.LATEST,
                        StageKind.DELAY,
                        StageKind.RATE_LIMIT,
                        StageKind.KEY_BY);
    }

    @Test
    void stagesHoldingTheElementObjectNeverWidenAPrimitive() {
        EnumSet<StageKind> holding = EnumSet.noneOf(StageKind.class);
        for (StageKind kind : StageKind.values()) {
            if (kind.holdsElements()) {
                holding.add(kind);
            }
        }
        assertThat(holding)
                .containsExactly(
                        StageKind.PARTITION,
                        StageKind.SLIDING_WINDOW,
                        StageKind.PARTITION_UNIQUE,
                        StageKind.FREQUENCIES,
                        StageKind.UNION,
                        StageKind.ZIP,
                        StageKind.COMBINE_LATEST,
                        StageKind.ZIP_LATEST,
                        StageKind.BUFFER,
                        StageKind.LATEST,
                        StageKind.DELAY,
                        StageKind.RATE_LIMIT,
                        StageKind.TIMED_WINDOW,
                        StageKind.TIMED_WINDOW_UNIQUE,
                        StageKind.KEY_BY);
    }

    @Test
    void everyKindIsFoundByItsAnnotationName() {
        for (StageKind kind : StageKind.values()) {
            assertThat(StageKind.ofAnnotation(kind.annotation())).isEqualTo(kind);
        }
        assertThat(StageKind.ofAnnotation("Pipeline")).isNull();
    }
}
