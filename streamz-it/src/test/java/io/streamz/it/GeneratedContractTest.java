package io.streamz.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.GlobalSinks;
import io.streamz.it.diff.Branching;
import io.streamz.it.diff.CombineLatestTwo;
import io.streamz.it.diff.FilterHeavy;
import io.streamz.it.diff.Flattening;
import io.streamz.it.diff.LinearPrimitives;
import io.streamz.it.diff.Orders;
import io.streamz.it.diff.Partitions;
import io.streamz.it.diff.Streamz_Windows;
import io.streamz.it.diff.TimeStages;
import io.streamz.it.diff.UnionTwoSources;
import io.streamz.it.diff.Uniques;
import io.streamz.it.diff.Windows;
import io.streamz.it.diff.ZipInStep;
import io.streamz.it.diff.ZipLatestThree;
import io.streamz.it.diff.ZipTwoSources;
import io.streamz.it.seed.IncDec;
import io.streamz.it.seed.Increment;
import io.streamz.it.seed.Nesting;
import io.streamz.it.seed.NumDistinct;
import io.streamz.it.seed.RunningTotal;
import io.streamz.it.seed.SlidingWindowOfThree;
import io.streamz.it.seed.Streamz_IncDec;
import io.streamz.it.seed.Streamz_Nesting_Evens;
import io.streamz.it.seed.WriteToDatabase;
import io.streamz.it.seed.ZipSum;
import io.streamz.it.time.AsyncWrites;
import io.streamz.it.time.Lookups;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What PIPELINE-MODEL.md promises about generated code, checked on every pipeline of this
 * module as a user's build produces it: names, shapes, the generated source and DOT files.
 */
final class GeneratedContractTest {
    @AfterEach
    void forgetInterpretedSinks() {
        GlobalSinks.clear();
    }

    @ParameterizedTest
    @ValueSource(
            classes = {
                Increment.class,
                RunningTotal.class,
                NumDistinct.class,
                SlidingWindowOfThree.class,
                IncDec.class,
                ZipSum.class,
                Nesting.Evens.class,
                LinearPrimitives.class,
                FilterHeavy.class,
                Branching.class,
                ZipTwoSources.class,
                ZipInStep.class,
                CombineLatestTwo.class,
                ZipLatestThree.class,
                UnionTwoSources.class,
                Windows.class,
                Partitions.class,
                Uniques.class,
                Flattening.class,
                Orders.class,
                TimeStages.class,
                AsyncWrites.class,
                WriteToDatabase.class,
                Lookups.class
            })
    void generatedClassHasTheContractedShape(Class<?> pipeline) throws Exception {
        String generatedName = "Streamz_"
                + pipeline.getName()
                        .substring(pipeline.getPackageName().length() + 1)
                        .replace('$', '_');
        Class<?> generated = Class.forName(pipeline.getPackageName() + "." + generatedName);

        assertTrue(
                Modifier.isPublic(generated.getModifiers()) && Modifier.isFinal(generated.getModifiers()),
                generated + " must be public final");
        assertTrue(pipeline.isAssignableFrom(generated), generated + " must implement " + pipeline);
        Method builder = generated.getMethod("builder");
        assertTrue(Modifier.isStatic(builder.getModifiers()), "builder() must be static");
        Class<?> builderType = builder.getReturnType();
        assertEquals(generated.getName() + "$Builder", builderType.getName());
        assertTrue(Modifier.isFinal(builderType.getModifiers()), "Builder must be final");
        assertEquals(pipeline, builderType.getMethod("build").getReturnType());
        assertEquals(pipeline, builderType.getMethod("buildInterpreted").getReturnType());

        Path source = Path.of("target", "generated-sources", "annotations")
                .resolve(pipeline.getPackageName().replace('.', '/'))
                .resolve(generatedName + ".java");
        String text = Files.readString(source);
        assertTrue(text.contains("@Generated(\"io.streamz.processor.PipelineProcessor\")"), source.toString());
        assertTrue(text.contains("public final class " + generatedName + " implements "), source.toString());

        try (InputStream dot = generated.getResourceAsStream(generatedName + ".dot")) {
            assertNotNull(dot, "no " + generatedName + ".dot next to the class");
            assertTrue(new String(dot.readAllBytes(), StandardCharsets.UTF_8).startsWith("digraph"));
        }
    }

    @Test
    void aMissingSinkIsAnIllegalStateNamingIt() {
        Streamz_IncDec.Builder builder = Streamz_IncDec.builder().printIncremented(x -> {});

        IllegalStateException fused = assertThrows(IllegalStateException.class, builder::build);
        IllegalStateException interpreted = assertThrows(IllegalStateException.class, builder::buildInterpreted);

        assertTrue(fused.getMessage().contains("printDecremented"), fused.getMessage());
        assertTrue(interpreted.getMessage().contains("printDecremented"), interpreted.getMessage());
    }

    @Test
    void callingAnAbstractSinkCallsItsConsumerInBothBuilds() {
        List<Object> seen = new ArrayList<>();
        Streamz_IncDec.Builder builder =
                Streamz_IncDec.builder().printIncremented(seen::add).printDecremented(x -> seen.add(-x));

        builder.build().printIncremented(5);
        builder.buildInterpreted().printDecremented(7);

        assertEquals(List.of(5, -7), seen);
    }

    @Test
    void abstractStagesOtherThanSourcesAndSinksAreDrivenByThePipelineOnly() {
        Streamz_Windows.Builder builder =
                Streamz_Windows.builder().fullWindows(w -> {}).sums(x -> {});

        assertThrows(UnsupportedOperationException.class, () -> builder.build().full(1));
        assertThrows(
                UnsupportedOperationException.class,
                () -> builder.buildInterpreted().full(1));
    }

    @Test
    void aNestedPipelineIsNamedAfterItsEnclosingClass() {
        List<Long> fused = new ArrayList<>();
        List<Long> interpreted = new ArrayList<>();
        Nesting.Evens first = Streamz_Nesting_Evens.builder().out(fused::add).build();
        Nesting.Evens second =
                Streamz_Nesting_Evens.builder().out(interpreted::add).buildInterpreted();

        for (long x = 1; x <= 6; x++) {
            first.emit(x);
            second.emit(x);
        }

        assertEquals(List.of(2L, 4L, 6L), fused);
        assertEquals(List.of(2L, 4L, 6L), interpreted);
    }
}
