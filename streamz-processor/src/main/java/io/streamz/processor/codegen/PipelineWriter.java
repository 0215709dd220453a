package io.streamz.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.streamz.processor.fuse.Fusion;
import io.streamz.processor.fuse.Segment;
import io.streamz.processor.model.PipelineModel;
import io.streamz.processor.model.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code Streamz_<Name>}: the fused implementation of a pipeline, its {@code Builder} and
 * its interpreted twin, as one source file.
 */
public final class PipelineWriter {
    /** The most characters of DOT text in one string literal: at most 3 bytes each in the class file. */
    private static final int DOT_CHUNK = 16_000;

    private final Generation g;
    private final PipelineModel model;
    private final Names names;
    private final ClassName generated;

    private PipelineWriter(Fusion fusion, Output output) {
        // a keyed pipeline's twin is not optional yet: its javadoc and tests rely on it
        this.g = new Generation(fusion, fusion.model().isKeyed() ? output.withTwin() : output);
        this.model = fusion.model();
        this.names = g.names();
        this.generated = Names.generatedClass(model.pipeline());
    }

    /**
     * The generated source for {@code fusion}'s pipeline with the parts {@code output} asks for;
     * {@code configure} adds originating elements.
     */
    public static JavaFile write(Fusion fusion, Output output, Consumer<TypeSpec.Builder> configure) {
        return new PipelineWriter(fusion, output).javaFile(configure);
    }

    /** The generated source for {@code fusion}'s pipeline, every part. */
    public static JavaFile write(Fusion fusion) {
        return write(fusion, Output.ALL, type -> {});
    }

    private JavaFile javaFile(Consumer<TypeSpec.Builder> configure) {
        TypeSpec.Builder type = model.isKeyed() ? new KeyedPipelineWriter(g).type() : fused();
        configure.accept(type);
        return JavaFile.builder(generated.packageName(), type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    /** The fused class; with {@code distributed = true}, also its {@code spec()} and {@code Engine} body. */
    private TypeSpec.Builder fused() {
        TypeSpec.Builder type = TypeSpec.classBuilder(generated)
                .addJavadoc(new ClassJavadoc(g).text())
                .addAnnotations(Annotations.generated(g.output()))
                .addAnnotations(Annotations.suppressed(g.model()))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(model.pipeline())
                .addSuperinterface(AutoCloseable.class)
                .addStaticBlock(CodeBlock.builder()
                        .add("// the failure path is initialised before a stack overflow could need it\n")
                        .addStatement("$T.preload()", RuntimeTypes.FAILURES)
                        .build())
                // names that shadow an imported type here: write such types in full
                .alwaysQualify(model.qualifiedNames().toArray(new String[0]));
        for (Stage stage : model.stages()) {
            for (FieldSpec field : Generation.unit(stage).fields(g, stage)) {
                type.addField(field);
            }
        }
        FailureRoutes.addFields(g, type);
        type.addFields(g.loopStages().fields())
                .addFields(g.meters().fields())
                .addField(boolean.class, names.closedField(), Modifier.PRIVATE)
                .addMethod(constructor())
                .addMethod(MethodSpec.methodBuilder("builder")
                        .addJavadoc("A builder for the sinks of {@link $T}.\n", model.pipeline())
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(Names.builderClass(model))
                        .addStatement("return new $T()", Names.builderClass(model))
                        .build())
                .addMethod(topologyDot(g));
        addMethods(type);
        type.addMethod(close());
        type.addType(new BuilderWriter(g).builder());
        if (g.output().twin()) {
            type.addType(new TwinWriter(g).twin());
        }
        if (model.hasEngine()) {
            EngineBody engine = new EngineBody(g);
            SpecWriter spec = new SpecWriter(engine);
            type.addField(spec.field())
                    .addMethod(spec.method())
                    .addType(engine.engine())
                    .addType(engine.functions());
        }
        return type;
    }

    /** The stage methods, then one method per segment (and what goes with it), then the loop stages' hand-overs. */
    private void addMethods(TypeSpec.Builder type) {
        for (Stage stage : model.stages()) {
            Generation.unit(stage).addMethods(g, stage, type);
        }
        FailureRoutes.addMethods(g, type);
        for (Segment segment : g.fusion().segments()) {
            type.addMethod(g.segments().segmentMethod(segment));
            Generation.unit(segment.first()).addSegmentMethods(g, segment, type);
        }
        for (Stage stage : model.stages()) {
            if (g.loopStages().needsAfterMethod(stage)) {
                type.addMethod(g.segments().afterMethod(stage));
            }
        }
    }

    /**
     * {@code topologyDot()}: the pipeline's graph, the {@code .dot} file's text, as text blocks
     * (one token each for javac, where a concatenation of one literal a line costs an operator
     * each), in chunks a class file's constant pool can hold (a long pipeline's text is longer
     * than 65,535 bytes).
     */
    static MethodSpec topologyDot(Generation g) {
        PipelineModel model = g.model();
        List<CodeBlock> chunks = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        for (String line : DotWriter.dot(g).split("(?<=\n)")) {
            if (chunk.length() + line.length() > DOT_CHUNK && chunk.length() > 0) {
                chunks.add(TextBlock.of(chunk.toString()));
                chunk.setLength(0);
            }
            chunk.append(line);
        }
        chunks.add(TextBlock.of(chunk.toString()));
        MethodSpec.Builder method = MethodSpec.methodBuilder("topologyDot")
                .addJavadoc(
                        model.isKeyed()
                                ? "The graph of {@link $T} in Graphviz DOT; the text of the {@code $L} file next to\n"
                                        + "this class.\n"
                                : "The graph of {@link $T} in Graphviz DOT, each fused method drawn as a cluster of the\n"
                                        + "stages it runs; the text of the {@code $L} file next to this class.\n",
                        model.pipeline(),
                        Names.dotFile(model.pipeline()))
                .addJavadoc("\n@return the pipeline's graph in DOT\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(String.class);
        if (chunks.size() == 1) {
            return method.addStatement("return $L", chunks.get(0)).build();
        }
        return method.addStatement("return $T.join($S, $L)", String.class, "", CodeBlock.join(chunks, ",\n"))
                .build();
    }

    private MethodSpec constructor() {
        CodeBlock.Builder code = CodeBlock.builder();
        for (Stage stage : model.stages()) {
            Generation.unit(stage).construct(g, stage, code);
        }
        FailureRoutes.construct(g, code);
        code.add(g.meters().construct());
        if (model.usesLoop()) {
            code.add(g.loopStages().loopInitializer()).add(g.loopStages().helperInitializers());
            for (Stage stage : model.stages()) {
                Generation.unit(stage).constructOnLoop(g, stage, code);
            }
        }
        code.add(g.meters().depths());
        return MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(Names.builderClass(model), "builder")
                .addCode(code.build())
                .build();
    }

    /**
     * {@code close()}: on the loop (waiting for it) when the pipeline has one, marks the pipeline
     * closed and lets every stage's helper go of what it holds.
     */
    private MethodSpec close() {
        CodeBlock.Builder release = CodeBlock.builder()
                .beginControlFlow("if (this.$N)", names.closedField())
                .addStatement("return")
                .endControlFlow()
                .addStatement("this.$N = true", names.closedField());
        CodeBlock.Builder helpers = CodeBlock.builder();
        for (Stage stage : model.stages()) {
            Generation.unit(stage).close(g, stage, helpers, "why");
        }
        if (!helpers.isEmpty()) {
            release.addStatement(
                            "$T why = new $T($S)",
                            RuntimeTypes.STREAM_CLOSED,
                            RuntimeTypes.STREAM_CLOSED,
                            "the pipeline " + model.pipeline().simpleName() + " was closed")
                    .add(helpers.build());
        }
        CodeBlock body = model.usesLoop()
                ? CodeBlock.builder()
                        .add("$T.onLoop(this.$N, () -> {\n", RuntimeTypes.CLOSING, names.loopField())
                        .indent()
                        .add(release.build())
                        .unindent()
                        .add("});\n")
                        .build()
                : release.build();
        return MethodSpec.methodBuilder("close")
                .addJavadoc("Closes the pipeline: its timers stop, what its buffers and delays hold is discarded, the\n"
                        + "emit futures still pending on it fail with a {@code StreamClosedException}, and every later\n"
                        + "call of a source throws that exception. On the event loop, after what this thread handed\n"
                        + "over; closing twice does nothing.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addCode(body)
                .build();
    }
}
