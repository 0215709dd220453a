package io.streamz.it.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.streamz.GlobalSinks;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The seed's printed outputs, through the fused class and its interpreted twin alike. */
final class SeedExamplesTest {
    /** Which of the two builds the generated builder makes. */
    enum Build {
        FUSED,
        INTERPRETED
    }

    private final List<Object> printed = new ArrayList<>();

    @AfterEach
    void forgetInterpretedSinks() {
        GlobalSinks.clear();
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void mapIncrement(Build build) {
        Streamz_Increment.Builder builder = Streamz_Increment.builder().out(printed::add);
        Increment source = build == Build.FUSED ? builder.build() : builder.buildInterpreted();

        source.emit(1);
        source.emit(2);
        source.emit(10);

        assertEquals(List.of(2, 3, 11), printed);
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void accumulateRunningTotal(Build build) {
        Streamz_RunningTotal.Builder builder = Streamz_RunningTotal.builder().out(printed::add);
        RunningTotal source = build == Build.FUSED ? builder.build() : builder.buildInterpreted();

        for (int x = 1; x <= 4; x++) {
            source.emit(x);
        }

        assertEquals(List.of(1, 3, 6, 10), printed);
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void accumulateReturningStateCountsDistinctWords(Build build) {
        Streamz_NumDistinct.Builder builder = Streamz_NumDistinct.builder().out(printed::add);
        NumDistinct source = build == Build.FUSED ? builder.build() : builder.buildInterpreted();

        for (String word : List.of("cat", "dog", "cat", "mouse")) {
            source.emit(word);
        }

        assertEquals(List.of(1, 2, 2, 3), printed);
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void eachBuildStartsFromItsOwnEmptySet(Build build) {
        Streamz_NumDistinct.Builder builder = Streamz_NumDistinct.builder().out(printed::add);
        NumDistinct first = build == Build.FUSED ? builder.build() : builder.buildInterpreted();
        NumDistinct second = build == Build.FUSED ? builder.build() : builder.buildInterpreted();

        first.emit("cat");
        first.emit("dog");
        second.emit("cat");

        assertEquals(List.of(1, 2, 1), printed);
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void slidingWindowOfThreeEmitsFullWindowsOnly(Build build) {
        Streamz_SlidingWindowOfThree.Builder builder =
                Streamz_SlidingWindowOfThree.builder().out(printed::add);
        SlidingWindowOfThree source = build == Build.FUSED ? builder.build() : builder.buildInterpreted();

        source.emit(1);
        source.emit(2);
        assertEquals(List.of(), printed);
        for (int x = 3; x <= 5; x++) {
            source.emit(x);
        }

        assertEquals(List.of(List.of(1, 2, 3), List.of(2, 3, 4), List.of(3, 4, 5)), printed);
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void branchesFireInAttachOrder(Build build) {
        Streamz_IncDec.Builder builder =
                Streamz_IncDec.builder().printIncremented(printed::add).printDecremented(printed::add);
        IncDec source = build == Build.FUSED ? builder.build() : builder.buildInterpreted();

        source.emit(1);
        source.emit(10);

        assertEquals(List.of(2, 0, 11, 9), printed);
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void zipOfTwoBranchesThenSum(Build build) {
        Streamz_ZipSum.Builder builder = Streamz_ZipSum.builder().out(printed::add);
        ZipSum source = build == Build.FUSED ? builder.build() : builder.buildInterpreted();

        source.emit(10);

        assertEquals(List.of(20), printed);
    }
}
