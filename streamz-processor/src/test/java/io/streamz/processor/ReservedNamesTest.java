package io.streamz.processor;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A pipeline in the unnamed package whose stages and parameters are named like the types
 * generated code uses ({@code Failures}, {@code Stream}, {@code Objects}, {@code Named}, which
 * is also the pipeline's name) and the roots of their packages ({@code io}, {@code java}): a
 * local or field of such a name would obscure the type or package in generated code, so
 * {@code Names} gives them other names. It compiles warning-free and runs fused as interpreted.
 * ({@link AnyNameTest} tries every such name in every role; this is its quick case.)
 */
class ReservedNamesTest {
    @Test
    void stagesNamedLikeRuntimeTypesAndPackageRootsInTheUnnamedPackage() throws Exception {
        Compilation compilation = Golden.compile(List.of(JavaFileObjects.forSourceLines(
                "Named",
                "import io.streamz.annotations.*;",
                "",
                "@Pipeline",
                "public interface Named {",
                "    @Source void io(int java);",
                "    @Map default int Failures(int io) { return io + 1; }",
                "    @Filter default boolean Stream(int javax) { return javax % 3 != 0; }",
                "    @Accumulate default int Objects(int com, int Named) { return com + Named; }",
                "    @Sink void Consumer(int Sink);",
                "}")));
        assertThat(compilation.errors()).isEmpty();
        assertThat(compilation.warnings()).isEmpty();
        DifferentialTest.assertAgree(DifferentialTest.generatedClass(compilation, "Streamz_Named"), "Named", 5);
    }

    /**
     * A member type or field of the interface shadows an imported type of that name in the class
     * implementing it: generated code writes such types in full.
     */
    @Test
    void membersOfThePipelineNamedLikeRuntimeTypes() throws Exception {
        Compilation compilation = Golden.compile(List.of(JavaFileObjects.forSourceLines(
                "com.acme.Members",
                "package com.acme;",
                "",
                "import io.streamz.annotations.*;",
                "",
                "@Pipeline",
                "public interface Members {",
                "    record Objects(int value) {}",
                "    String Failures = \"f\";",
                "    interface Named {}",
                "    @Source void emit(int x);",
                "    @Map default Objects wrap(int x) { return new Objects(x); }",
                "    @Filter default boolean positive(Objects o) { return o.value() > 0; }",
                "    @Sink void out(Objects o);",
                "}")));
        assertThat(compilation.errors()).isEmpty();
        assertThat(compilation.warnings()).isEmpty();
        DifferentialTest.assertAgree(
                DifferentialTest.generatedClass(compilation, "com.acme.Streamz_Members"), "Members", 5);
    }

    /**
     * A keyed pipeline (the engine body, its spec and the per-key twin) whose stages and
     * parameters are named like the types and members that code uses: {@code Closing} (called
     * by every source: a source parameter of that name once obscured it), {@code Codecs},
     * {@code LocalEngine}, {@code StateSpec}, and the fields {@code SPEC}, {@code engine},
     * {@code context}, {@code user}, {@code root}, {@code keys} and {@code builder}.
     */
    @Test
    void aKeyedPipelineNamedLikeWhatItsEngineBodyUses() throws Exception {
        Compilation compilation = Golden.compile(List.of(JavaFileObjects.forSourceLines(
                "com.acme.Keyed",
                "package com.acme;",
                "",
                "import io.streamz.annotations.*;",
                "",
                "@Pipeline",
                "public interface Keyed {",
                "    @Source void Closing(int Codecs);",
                "    @KeyBy(key = \"LocalEngine\") int StateSpec(int EmitStage);",
                "    default int LocalEngine(int SPEC) { return SPEC % 3; }",
                "    @Accumulate default long engine(long context, int user) { return context + user; }",
                "    @Unique(history = 2) long root(long keys);",
                "    @Sink void SPEC(long builder);",
                "    @Source void context(int Closing);",
                "    @Sink void Codecs(int StreamClosedException);",
                "}")));
        assertThat(compilation.errors()).isEmpty();
        assertThat(compilation.warnings()).isEmpty();
        DifferentialTest.assertAgree(
                DifferentialTest.generatedClass(compilation, "com.acme.Streamz_Keyed"), "Keyed", 5);
    }

    /**
     * Member types of the interface named like the generated nested classes: inside the twin,
     * which implements the interface, they shadowed the generated {@code Builder} and
     * {@code Interpreted}, and neither an unkeyed nor a keyed pipeline compiled. The generated ones
     * are then {@code StreamzBuilder} and {@code StreamzInterpreted}.
     */
    @Test
    void memberTypesNamedBuilderAndInterpreted() throws Exception {
        Compilation compilation = Golden.compile(List.of(
                JavaFileObjects.forSourceLines(
                        "com.acme.Orders",
                        "package com.acme;",
                        "import io.streamz.annotations.*;",
                        "@Pipeline",
                        "public interface Orders {",
                        "    record Builder(int amount) {}",
                        "    interface Interpreted {}",
                        "    @Source void emit(int amount);",
                        "    @Map default Builder order(int amount) { return new Builder(amount); }",
                        "    @Filter default boolean large(Builder order) { return order.amount() > 10; }",
                        "    @Sink void out(Builder order);",
                        "}"),
                JavaFileObjects.forSourceLines(
                        "com.acme.KeyedOrders",
                        "package com.acme;",
                        "import io.streamz.annotations.*;",
                        "@Pipeline",
                        "public interface KeyedOrders {",
                        "    record Interpreted(int amount) {}",
                        "    final class Builder {}",
                        "    @Source void emit(int amount);",
                        "    @KeyBy(key = \"parity\") int byParity(int amount);",
                        "    default int parity(int amount) { return amount % 2; }",
                        "    @Map default Interpreted order(int amount) { return new Interpreted(amount); }",
                        "    @Unique(history = 2) Interpreted fresh(Interpreted order);",
                        "    @Sink void out(Interpreted order);",
                        "}")));
        assertThat(compilation.errors()).isEmpty();
        assertThat(compilation.warnings()).isEmpty();
        Class<?> orders = DifferentialTest.generatedClass(compilation, "com.acme.Streamz_Orders");
        assertThat(orders.getMethod("builder").getReturnType().getSimpleName()).isEqualTo("StreamzBuilder");
        DifferentialTest.assertAgree(orders, "Orders", 5);
        DifferentialTest.assertAgree(
                DifferentialTest.generatedClass(compilation, "com.acme.Streamz_KeyedOrders"), "KeyedOrders", 5);
    }
}
