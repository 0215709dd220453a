package io.streamz.it.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.streamz.Accumulated;
import io.streamz.StageFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link ResettableFolds} with exact outputs, in the fused class and in its interpreted twin. */
class ResettableFoldsTest {
    private final List<Accumulated<Long, Long>> totals = new ArrayList<>();
    private final List<Integer> sizes = new ArrayList<>();
    private final List<Integer> largests = new ArrayList<>();

    private ResettableFolds build(boolean fused) {
        Streamz_ResettableFolds.Builder builder = Streamz_ResettableFolds.builder()
                .totals(totals::add)
                .sizes(sizes::add)
                .largests(largests::add);
        Function<Streamz_ResettableFolds.Builder, ResettableFolds> build =
                fused ? Streamz_ResettableFolds.Builder::build : Streamz_ResettableFolds.Builder::buildInterpreted;
        return build.apply(builder);
    }

    @ParameterizedTest(name = "fused = {0}")
    @ValueSource(booleans = {true, false})
    void anElementOfTheResettingSourceSetsTheStateBackToItsStart(boolean fused) {
        ResettableFolds folds = build(fused);
        folds.emit(1);
        folds.emit(2);
        folds.clear("midnight");
        folds.clear("again"); // a reset of a state already at its start changes nothing
        folds.emit(3);
        assertEquals(List.of(Accumulated.of(1L, 1L), Accumulated.of(3L, 3L), Accumulated.of(3L, 3L)), totals);
    }

    @ParameterizedTest(name = "fused = {0}")
    @ValueSource(booleans = {true, false})
    void aResetTakesItsPlaceAmongTheBranchesOfOneEmit(boolean fused) {
        ResettableFolds folds = build(fused);
        folds.emit(1); // largest 2
        folds.emit(25); // 'doubled' runs before 'big': largest takes 50, then 'big' resets it
        folds.emit(3); // from the start: 6, not 50
        assertEquals(List.of(2, 50, 6), largests);
        folds.emit(-4); // 'negative' runs before 'seen': the reset, then -4 accumulated
        // seen mutates its start object: the reset goes back to that same list, as the twin's node does
        assertEquals(List.of(1, 2, 3, 4), sizes);
    }

    @ParameterizedTest(name = "fused = {0}")
    @ValueSource(booleans = {true, false})
    void aFailingResetStageStopsTheLaterBranchesOfItsEmit(boolean fused) {
        ResettableFolds folds = build(fused);
        folds.emit(4); // largest 8
        RuntimeException e = assertThrows(RuntimeException.class, () -> folds.emit(19));
        assertEquals("filter: big", StageFailure.stageOf(e));
        // 'doubled' ran before 'big' failed: largest took 38; 'total' and 'seen' never saw 19
        assertEquals(List.of(8, 38), largests);
        assertEquals(List.of(Accumulated.of(4L, 4L)), totals);
        assertEquals(List.of(1), sizes);
    }
}
