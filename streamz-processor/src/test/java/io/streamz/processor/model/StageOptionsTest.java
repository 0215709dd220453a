package io.streamz.processor.model;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.palantir.javapoet.TypeName;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind reads its own attributes into its own record. */
class StageOptionsTest {
    /** Attributes whose every value differs, so a kind reading the wrong one shows. */
    private static final StageOptions.Attributes ATTRIBUTES = new StageOptions.Attributes() {
        @Override
        public int size() {
            return 3;
        }

        @Override
        public boolean returnPartial() {
            return true;
        }

        @Override
        public boolean keepLast() {
            return true;
        }

        @Override
        public StageOptions.Key key() {
            return new StageOptions.Key("byId", TypeName.LONG);
        }

        @Override
        public String start() {
            return "zero";
        }

        @Override
        public boolean startIsStatic() {
            return true;
        }

        @Override
        public boolean returnsState() {
            return true;
        }

        @Override
        public boolean withState() {
            return true;
        }

        @Override
        public boolean stopOnException() {
            return true;
        }

        @Override
        public String resetBy() {
            return "midnight";
        }

        @Override
        public TypeName firstParameter() {
            return TypeName.DOUBLE;
        }

        @Override
        public long interval() {
            return 250L;
        }

        @Override
        public List<String> emitOn() {
            return List.of("a");
        }

        @Override
        public StageOptions.Slice slice() {
            return new StageOptions.Slice(1, 7, 2);
        }
    };

    @Test
    void everyKindGetsTheRecordOfItsAttributes() {
        assertThat(StageOptions.of(StageKind.ACCUMULATE, ATTRIBUTES))
                .isEqualTo(new StageOptions.Accumulate("zero", true, true, TypeName.DOUBLE, true, "midnight"));
        assertThat(StageOptions.of(StageKind.PARTITION, ATTRIBUTES))
                .isEqualTo(new StageOptions.Partition(3, new StageOptions.Key("byId", TypeName.LONG)));
        assertThat(StageOptions.of(StageKind.SLIDING_WINDOW, ATTRIBUTES))
                .isEqualTo(new StageOptions.SlidingWindow(3, true));
        assertThat(StageOptions.of(StageKind.UNIQUE, ATTRIBUTES))
                .isEqualTo(new StageOptions.Unique(3, new StageOptions.Key("byId", TypeName.LONG)));
        assertThat(StageOptions.of(StageKind.SLICE, ATTRIBUTES)).isEqualTo(new StageOptions.Slice(1, 7, 2));
        assertThat(StageOptions.of(StageKind.PARTITION_UNIQUE, ATTRIBUTES))
                .isEqualTo(new StageOptions.PartitionUnique(3, new StageOptions.Key("byId", TypeName.LONG), true));
        assertThat(StageOptions.of(StageKind.BUFFER, ATTRIBUTES)).isEqualTo(new StageOptions.Buffer(3));
        assertThat(StageOptions.of(StageKind.MAP_ASYNC, ATTRIBUTES)).isEqualTo(new StageOptions.MapAsync(3, true));
        for (StageKind kind : List.of(StageKind.DELAY, StageKind.RATE_LIMIT, StageKind.TIMED_WINDOW)) {
            assertThat(StageOptions.of(kind, ATTRIBUTES)).isEqualTo(new StageOptions.Interval(250L));
        }
        assertThat(StageOptions.of(StageKind.TIMED_WINDOW_UNIQUE, ATTRIBUTES))
                .isEqualTo(new StageOptions.TimedWindowUnique(250L, new StageOptions.Key("byId", TypeName.LONG), true));
        assertThat(StageOptions.of(StageKind.COMBINE_LATEST, ATTRIBUTES))
                .isEqualTo(new StageOptions.CombineLatest(List.of("a")));
        for (StageKind kind : List.of(
                StageKind.SOURCE,
                StageKind.MAP,
                StageKind.FILTER,
                StageKind.SINK,
                StageKind.FLATTEN,
                StageKind.UNION,
                StageKind.ZIP,
                StageKind.ZIP_LATEST,
                StageKind.FREQUENCIES,
                StageKind.LATEST)) {
            assertThat(StageOptions.of(kind, ATTRIBUTES)).isSameInstanceAs(StageOptions.NONE);
        }
    }

    @Test
    void askingAStageForAnotherKindsOptionsIsAnError() {
        Stage buffer = new Stage(
                "held",
                StageKind.BUFFER,
                List.of("emit"),
                List.of(TypeName.INT),
                List.of("x"),
                TypeName.INT,
                TypeName.INT,
                false,
                new StageOptions.Buffer(4));

        assertThat(buffer.options(StageOptions.Buffer.class).size()).isEqualTo(4);
        IllegalStateException wrong =
                assertThrows(IllegalStateException.class, () -> buffer.options(StageOptions.Interval.class));
        assertThat(wrong).hasMessageThat().contains("BUFFER stage held");
    }
}
