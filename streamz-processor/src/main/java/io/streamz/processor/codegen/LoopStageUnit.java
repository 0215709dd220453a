package io.streamz.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.streamz.processor.model.Stage;

/**
 * The stages whose runtime helper hands elements on from the event loop (buffer, delay,
 * rateLimit, timedWindow, mapAsync): a segment ends by offering its value to the helper, which
 * returns the back-pressure future, and the helper calls the next segment (or the stage's
 * {@link LoopStages#afterMethod}) from the loop.
 */
abstract class LoopStageUnit implements StageUnit {
    /** A duration as the runtime labels it: seconds, e.g. {@code 0.03} for 30 ms. */
    static String seconds(long millis) {
        return java.math.BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString();
    }

    @Override
    public void allocateNames(Stage stage, Names.Allocation names) {
        LoopStages.allocateAfterMethod(stage, names);
    }

    /** The helper's method taking an element: {@code offer}. */
    String accept() {
        return "offer";
    }

    @Override
    public Value fuse(Generation g, Stage stage, Value in, MethodScope scope) {
        scope.body().addStatement("return this.$N.$N($N)", g.names().field(stage), accept(), in.name());
        return null;
    }

    /**
     * {@code new Helper<>(this.loop, argument, this::runNext)}: a helper of {@code type} taking
     * the loop, its one argument and the method it hands elements to.
     */
    static LoopHelper helper(
            Generation g, Stage stage, ParameterizedTypeName type, CodeBlock argument, boolean started) {
        return new LoopHelper(
                type,
                CodeBlock.of(
                        "new $T<>(this.$N, $L, $L)",
                        type.rawType(),
                        g.names().loopField(),
                        argument,
                        g.meters()
                                .handingTo(
                                        stage,
                                        CodeBlock.of("this::$N", g.loopStages().downstreamMethod(stage)))),
                started);
    }

    /** Every loop helper closes the same way: timers stopped, held futures failed with {@code why}. */
    @Override
    public void close(Generation g, Stage stage, CodeBlock.Builder code, String why) {
        code.addStatement("this.$N.close($N)", g.names().field(stage), why);
    }

    /** {@code Duration.ofMillis(500)}. */
    static CodeBlock duration(long millis) {
        return CodeBlock.of("$T.ofMillis($L)", RuntimeTypes.DURATION, LoopStages.millis(millis));
    }

    /** {@code Helper<T>} over the boxed element {@code stage} passes on. */
    static ParameterizedTypeName over(ClassName helper, TypeName element) {
        return ParameterizedTypeName.get(helper, element.box());
    }
}
