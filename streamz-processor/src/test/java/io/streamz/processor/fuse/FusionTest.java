package io.streamz.processor.fuse;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.streamz.processor.model.PipelineModel;
import io.streamz.processor.model.StageKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class FusionTest {
    private static final TypeName STRING = ClassName.get(String.class);

    @Test
    void aLinearChainIsOneSegmentStartingAfterTheSource() {
        Fusion fusion = Fusion.of(Models.pipeline("com.acme", "Totals")
                .source("emit", STRING, "line")
                .map("parse", "emit", STRING, TypeName.INT)
                .filter("large", "parse", TypeName.INT)
                .accumulate("total", "large", TypeName.LONG, TypeName.INT, "zero")
                .sink("out", "total", TypeName.LONG, false)
                .build());

        assertThat(fusion.segments()).hasSize(1);
        Segment segment = fusion.segments().get(0);
        assertThat(segment.describe()).isEqualTo("parse -> large -> total -> out");
        assertThat(segment.inputType()).isEqualTo(STRING);
    }

    @Test
    void aBranchPointEndsItsSegmentAndEachBranchStartsOneInDeclarationOrder() {
        PipelineModel model = Models.pipeline("com.acme", "Branches")
                .source("emit", TypeName.INT, "x")
                .map("inc", "emit", TypeName.INT, TypeName.INT)
                .filter("even", "inc", TypeName.INT)
                .sink("evens", "even", TypeName.INT, false)
                .map("half", "inc", TypeName.INT, TypeName.DOUBLE)
                .sink("halves", "half", TypeName.DOUBLE, false)
                .build();
        Fusion fusion = Fusion.of(model);

        assertThat(describe(fusion))
                .containsExactly("inc", "even -> evens", "half -> halves")
                .inOrder();
        assertThat(fusion.segmentStartingAt(model.stage("half")).inputType()).isEqualTo(TypeName.INT);
        assertThat(fusion.exits(model.stage("inc")).stream()
                        .map(edge -> edge.to().name())
                        .toList())
                .containsExactly("even", "half")
                .inOrder();
    }

    @Test
    void aTimeOrBufferStageEndsItsSegmentSoItsHelperCallsTheNextOne() {
        PipelineModel model = Models.pipeline("com.acme", "Ingest")
                .source("emit", STRING, "line")
                .map("parse", "emit", STRING, TypeName.INT)
                .filter("positive", "parse", TypeName.INT)
                .loopStage(StageKind.BUFFER, "queued", "positive", TypeName.INT, TypeName.INT, 10)
                .map("squared", "queued", TypeName.INT, TypeName.LONG)
                .loopStage(StageKind.DELAY, "later", "squared", TypeName.LONG, TypeName.LONG, 500)
                .sink("out", "later", TypeName.LONG, false)
                .build();
        Fusion fusion = Fusion.of(model);

        assertThat(describe(fusion))
                .containsExactly("parse -> positive -> queued", "squared -> later", "out")
                .inOrder();
        assertThat(fusion.segments().get(1).inputType()).isEqualTo(TypeName.INT);
        assertThat(fusion.segments().get(2).inputType()).isEqualTo(TypeName.LONG);
        assertThat(model.usesLoop()).isTrue();
    }

    @Test
    void anAsynchronousSinkPutsThePipelineOnTheLoopWithoutEndingFusion() {
        PipelineModel model = Models.pipeline("com.acme", "Writes")
                .source("emit", STRING, "line")
                .map("parse", "emit", STRING, TypeName.INT)
                .asyncSink("write", "parse", TypeName.INT, false)
                .build();
        Fusion fusion = Fusion.of(model);

        assertThat(describe(fusion)).containsExactly("parse -> write");
        assertThat(model.stage("write").isAsyncSink()).isTrue();
        assertThat(model.stage("parse").isAsyncSink()).isFalse();
        assertThat(model.usesLoop()).isTrue();
        assertThat(Models.pipeline("com.acme", "Plain")
                        .source("emit", STRING, "line")
                        .sink("out", "emit", STRING, false)
                        .build()
                        .usesLoop())
                .isFalse();
    }

    @Test
    void aMapAsyncEndsItsSegmentAndWhatFollowsReceivesItsResult() {
        Fusion fusion = Fusion.of(Models.pipeline("com.acme", "Lookups")
                .source("emit", STRING, "line")
                .map("parse", "emit", STRING, TypeName.INT)
                .mapAsync("lookup", "parse", TypeName.LONG, STRING, 3)
                .map("upper", "lookup", STRING, STRING)
                .sink("out", "upper", STRING, false)
                .build());

        assertThat(describe(fusion))
                .containsExactly("parse -> lookup", "upper -> out")
                .inOrder();
        assertThat(fusion.segments().get(1).inputType()).isEqualTo(STRING);
        assertThat(fusion.model().usesLoop()).isTrue();
    }

    @Test
    void aFlattenEndsItsSegmentSoTheLoopCallsTheNextOne() {
        TypeName strings = ParameterizedTypeName.get(ClassName.get(List.class), STRING);
        Fusion fusion = Fusion.of(Models.pipeline("com.acme", "Words")
                .source("lines", strings, "batch")
                .flatten("words", "lines", strings, STRING)
                .map("length", "words", STRING, TypeName.INT)
                .sink("out", "length", TypeName.INT, false)
                .build());

        assertThat(describe(fusion)).containsExactly("words", "length -> out").inOrder();
        assertThat(fusion.segments().get(1).inputType()).isEqualTo(STRING);
    }

    @Test
    void aJoinStartsASegmentReceivingTheTupleAndAUnionOneReceivingItsElement() {
        PipelineModel model = Models.pipeline("com.acme", "Joins")
                .source("a", STRING, "x")
                .source("b", TypeName.INT, "y")
                .join(StageKind.ZIP, "pairs", Fusion.TUPLE, List.of("a", "b"), List.of(STRING, TypeName.INT))
                .sink("out", "pairs", Fusion.TUPLE, false)
                .union("both", ClassName.OBJECT, "a", "b")
                .sink("all", "both", ClassName.OBJECT, true)
                .build();
        Fusion fusion = Fusion.of(model);

        assertThat(describe(fusion))
                .containsExactly("pairs -> out", "both -> all")
                .inOrder();
        assertThat(fusion.segmentStartingAt(model.stage("pairs")).inputType()).isEqualTo(Fusion.TUPLE);
        assertThat(fusion.segmentStartingAt(model.stage("both")).inputType()).isEqualTo(ClassName.OBJECT);
        assertThat(fusion.exits(model.stage("b")).stream()
                        .map(edge -> edge.port())
                        .toList())
                .containsExactly(1, 1)
                .inOrder();
    }

    @Test
    void aStageInsideASegmentIsNotAnEntryPoint() {
        PipelineModel model = Models.pipeline("com.acme", "Chain")
                .source("emit", STRING, "x")
                .map("a", "emit", STRING, STRING)
                .map("b", "a", STRING, STRING)
                .build();
        Fusion fusion = Fusion.of(model);

        IllegalArgumentException thrown =
                assertThrows(IllegalArgumentException.class, () -> fusion.segmentStartingAt(model.stage("b")));
        assertThat(thrown).hasMessageThat().isEqualTo("b does not start a segment");
    }

    @Test
    void aZipFedByOneSourceThroughOneToOneChainsIsInLockStep() {
        PipelineModel model = Models.pipeline("com.acme", "IncDec")
                .source("emit", TypeName.INT, "x")
                .map("inc", "emit", TypeName.INT, TypeName.INT)
                .accumulate("total", "inc", TypeName.LONG, TypeName.INT, "zero")
                .sink("seen", "emit", TypeName.INT, false)
                .zipWithBody("sum", TypeName.LONG, List.of("total", "emit"), List.of(TypeName.LONG, TypeName.INT))
                .sink("out", "sum", TypeName.LONG, false)
                .build();
        Fusion fusion = Fusion.of(model);

        LockStepZip lockStep = fusion.lockStepZipOf(model.stage("emit"));
        assertThat(lockStep).isNotNull();
        assertThat(lockStep.zip()).isEqualTo(model.stage("sum"));
        assertThat(lockStep.chainStarts())
                .containsExactly(model.stage("inc"), model.stage("sum"))
                .inOrder();
        List<Integer> inputs = fusion.exits(model.stage("emit")).stream()
                .map(lockStep::inputReachedBy)
                .toList();
        assertThat(inputs).containsExactly(0, -1, 1).inOrder();
        assertThat(fusion.lockStepZipAround(fusion.segmentStartingAt(model.stage("inc"))))
                .isEqualTo(lockStep);
        assertThat(fusion.lockStepZipAround(fusion.segmentStartingAt(model.stage("seen"))))
                .isNull();
        assertThat(fusion.lockStepZipAround(fusion.segmentStartingAt(model.stage("sum"))))
                .isEqualTo(lockStep);
    }

    @Test
    void aZipIsNotInLockStepWhenAnInputCanSkipOrRepeatOrComesFromElsewhere() {
        List<TypeName> ints = List.of(TypeName.INT, TypeName.INT);
        PipelineModel filtered = Models.pipeline("com.acme", "Filtered")
                .source("emit", TypeName.INT, "x")
                .filter("even", "emit", TypeName.INT)
                .zipWithBody("sum", TypeName.INT, List.of("even", "emit"), ints)
                .build();
        PipelineModel twoSources = Models.pipeline("com.acme", "TwoSources")
                .source("a", TypeName.INT, "x")
                .source("b", TypeName.INT, "y")
                .zipWithBody("sum", TypeName.INT, List.of("a", "b"), ints)
                .build();
        PipelineModel sharedChain = Models.pipeline("com.acme", "SharedChain")
                .source("emit", TypeName.INT, "x")
                .map("inc", "emit", TypeName.INT, TypeName.INT)
                .sink("incs", "inc", TypeName.INT, false)
                .zipWithBody("sum", TypeName.INT, List.of("inc", "emit"), ints)
                .build();
        PipelineModel abstractZip = Models.pipeline("com.acme", "Tuples")
                .source("emit", TypeName.INT, "x")
                .map("inc", "emit", TypeName.INT, TypeName.INT)
                .join(StageKind.ZIP, "pairs", Fusion.TUPLE, List.of("inc", "emit"), ints)
                .build();

        for (PipelineModel model : List.of(filtered, twoSources, sharedChain, abstractZip)) {
            Fusion fusion = Fusion.of(model);
            for (var source : model.sources()) {
                assertThat(fusion.lockStepZipOf(source)).isNull();
            }
        }
    }

    @Test
    void aSourceFeedingTwoLockStepZipsPairsOnlyTheFirstInLocals() {
        List<TypeName> ints = List.of(TypeName.INT, TypeName.INT);
        PipelineModel model = Models.pipeline("com.acme", "TwoZips")
                .source("emit", TypeName.INT, "x")
                .map("inc", "emit", TypeName.INT, TypeName.INT)
                .zipWithBody("first", TypeName.INT, List.of("inc", "emit"), ints)
                .map("dec", "emit", TypeName.INT, TypeName.INT)
                .zipWithBody("second", TypeName.INT, List.of("emit", "dec"), ints)
                .build();
        Fusion fusion = Fusion.of(model);

        assertThat(fusion.lockStepZipOf(model.stage("emit")).zip()).isEqualTo(model.stage("first"));
        assertThat(fusion.lockStepZipAround(fusion.segmentStartingAt(model.stage("dec"))))
                .isNull();
        assertThat(fusion.lockStepZipAround(fusion.segmentStartingAt(model.stage("second"))))
                .isNull();
    }

    private static List<String> describe(Fusion fusion) {
        return fusion.segments().stream().map(Segment::describe).toList();
    }
}
