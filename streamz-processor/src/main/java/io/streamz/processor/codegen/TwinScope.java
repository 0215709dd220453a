package io.streamz.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import io.streamz.processor.model.Stage;
import io.streamz.processor.model.StageOptions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The interpreted twin being written: the element type the runtime gives each stage's node so
 * far, and whether some node needed an unchecked cast. Units create their nodes on their
 * upstreams' nodes through it. Functions are labelled with the stage name ({@code Named}), other
 * nodes are {@code named(...)} after it.
 */
final class TwinScope {
    private final Generation g;
    private final Map<String, TypeName> elementTypes = new HashMap<>();
    private boolean unchecked;

    private final boolean keyed;

    TwinScope(Generation g) {
        this(g, false);
    }

    /** A scope for a keyed twin, whose nodes are wired per key scope, outside the constructor. */
    TwinScope(Generation g, boolean keyed) {
        this.g = g;
        this.keyed = keyed;
    }

    Generation generation() {
        return g;
    }

    /** Whether this is a keyed pipeline's twin (its stages keep state per key, as the engine body's). */
    boolean keyed() {
        return keyed;
    }

    /** The expression creating {@code stage}'s node; records the element type the runtime gives it. */
    CodeBlock node(Stage stage) {
        CodeBlock node = Generation.unit(stage).twinNode(this, stage);
        if (!elementTypes.containsKey(stage.name())) {
            elementTypes.put(stage.name(), stage.outputType().box());
        }
        return node;
    }

    /** The element type of {@code stage}'s node. */
    TypeName elementType(Stage stage) {
        return elementTypes.get(stage.name());
    }

    /** The runtime types {@code stage}'s node as a stream of {@code type} (not its boxed output type). */
    void elementType(Stage stage, TypeName type) {
        elementTypes.put(stage.name(), type);
    }

    /** {@code stage}'s node has its upstream's element type (it passes elements on unchanged). */
    void same(Stage stage) {
        elementType(stage, upType(stage));
    }

    /**
     * Whether some node since the last call needed an unchecked cast (a union of differently
     * typed inputs); the method wiring it then suppresses the warning.
     */
    boolean takeUnchecked() {
        boolean taken = unchecked;
        unchecked = false;
        return taken;
    }

    /**
     * Whether the twin's nodes are wired by several methods the constructor calls, not by the
     * constructor itself: in a pipeline of more than {@link TwinWriter#WIRING_CHUNK} stages.
     */
    boolean wiredInChunks() {
        return g.model().stages().size() > TwinWriter.WIRING_CHUNK;
    }

    /** {@code private final}, or {@code private} for fields a method other than the constructor sets. */
    Modifier[] fieldModifiers() {
        return wiredInChunks() || keyed
                ? new Modifier[] {Modifier.PRIVATE}
                : new Modifier[] {Modifier.PRIVATE, Modifier.FINAL};
    }

    /** Records that the twin's constructor casts unchecked. */
    void markUnchecked() {
        unchecked = true;
    }

    /** {@code this.parse}: the field holding {@code stage}'s node. */
    CodeBlock field(Stage stage) {
        return CodeBlock.of("this.$N", g.names().field(stage));
    }

    /** The twin's event loop field. */
    String loopField() {
        return g.names().loopField();
    }

    /** The node of {@code stage}'s single upstream. */
    CodeBlock up(Stage stage) {
        return field(g.model().upstream(stage));
    }

    /** The element type of {@code stage}'s upstream's node. */
    TypeName upType(Stage stage) {
        return elementType(g.model().upstream(stage));
    }

    /** The upstream's node seen as a stream of {@code element}, the type the stage declares. */
    CodeBlock upAs(Stage stage, TypeName element) {
        return nodeAs(g.model().upstream(stage), element);
    }

    /**
     * {@code node} as a {@code Stream<element>}: an unchecked cast when the runtime types it
     * otherwise, safe because the stage only reads its elements, which the validator checked are
     * {@code element}s.
     */
    CodeBlock nodeAs(Stage node, TypeName element) {
        CodeBlock field = field(node);
        if (elementType(node).equals(element.box())) {
            return field;
        }
        unchecked = true;
        return CodeBlock.of(
                "(($T) ($T) $L)",
                RuntimeTypes.streamOf(element),
                ParameterizedTypeName.get(RuntimeTypes.STREAM, WildcardTypeName.subtypeOf(Object.class)),
                field);
    }

    /** The nodes of every input after the first: {@code this.b, this.c}. */
    CodeBlock others(List<String> from) {
        CodeBlock.Builder others = CodeBlock.builder();
        for (int i = 1; i < from.size(); i++) {
            others.add(i == 1 ? "" : ", ")
                    .add("this.$N", g.names().field(g.model().stage(from.get(i))));
        }
        return others.build();
    }

    /** {@code , Named.<T, Object>function("key", this::key)}, or nothing without a key method. */
    CodeBlock keyArgument(Stage stage, StageOptions.Key key) {
        return key == null
                ? CodeBlock.of("")
                : CodeBlock.of(
                        ", $T.<$T, $T>function($S, this::$N)",
                        RuntimeTypes.NAMED,
                        upType(stage),
                        ClassName.OBJECT,
                        key.method(),
                        key.method());
    }
}
