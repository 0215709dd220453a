package io.streamz.processor.codegen;

import static com.google.common.truth.Truth.assertThat;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.streamz.processor.fuse.Fusion;
import io.streamz.processor.fuse.Models;
import io.streamz.processor.model.PipelineModel;
import io.streamz.processor.model.StageKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The writers, from hand-built models: no javac involved. */
class CodegenTest {
    private static final TypeName STRING = ClassName.get(String.class);

    private static PipelineModel totals() {
        return Models.pipeline("com.acme", "Totals")
                .source("emit", STRING, "line")
                .map("parse", "emit", STRING, TypeName.INT)
                .filter("large", "parse", TypeName.INT)
                .accumulate("total", "large", TypeName.LONG, TypeName.INT, "zero")
                .sink("out", "total", TypeName.LONG, false)
                .member("zero")
                .build();
    }

    @Test
    void namesFollowAutoValuesRuleForNestedTypes() {
        assertThat(Names.generatedClass(ClassName.get("com.acme", "Totals")))
                .isEqualTo(ClassName.get("com.acme", "Streamz_Totals"));
        assertThat(Names.generatedClass(ClassName.get("com.acme", "Outer", "Totals")))
                .isEqualTo(ClassName.get("com.acme", "Streamz_Outer_Totals"));
        assertThat(Names.dotFile(ClassName.get("com.acme", "Outer", "Totals"))).isEqualTo("Streamz_Outer_Totals.dot");
    }

    @Test
    void segmentMethodsNeverReuseANameOfTheInterface() {
        PipelineModel model = Models.pipeline("com.acme", "Clash")
                .source("emit", STRING, "x")
                .map("parse", "emit", STRING, STRING)
                .sink("out", "parse", STRING, false)
                .member("runParse")
                .build();
        Names names = Names.of(model);

        assertThat(names.segmentMethod(model.stage("parse"))).isEqualTo("runParse_");
        assertThat(names.field(model.stage("out"))).isEqualTo("out");
    }

    @Test
    void theFusedMethodIsStraightLineCodeOnLocalsNamedAfterTheStages() {
        String source = PipelineWriter.write(Fusion.of(totals())).toString();

        assertThat(source).contains("public final class Streamz_Totals implements Totals, AutoCloseable {");
        assertThat(source).contains("@Generated(\"io.streamz.processor.PipelineProcessor\")\n@StreamzGenerated\n");
        assertThat(source)
                .contains(String.join(
                        "\n",
                        "    /**",
                        "     * Fused: parse -> large -> total -> out.",
                        "     */",
                        "    private void runParse(String line) {",
                        "        int parse;",
                        "        try {",
                        "            parse = parse(line);",
                        "        } catch (Throwable e) {",
                        "            throw Failures.rethrow(\"map: parse\", e);",
                        "        }",
                        "        try {",
                        "            if (!large(parse)) {",
                        "                return;",
                        "            }",
                        "        } catch (Throwable e) {",
                        "            throw Failures.rethrow(\"filter: large\", e);",
                        "        }",
                        "        long total;",
                        "        try {",
                        "            total = total(this.total, parse);",
                        "        } catch (Throwable e) {",
                        "            throw Failures.rethrow(\"accumulate: total\", e);",
                        "        }",
                        "        this.total = total;",
                        "        try {",
                        "            this.out.accept(total);",
                        "        } catch (Throwable e) {",
                        "            throw Failures.rethrow(\"sink: out\", e);",
                        "        }",
                        "    }"));
        assertThat(source).contains("    private long total = zero();\n");
        assertThat(source)
                .contains(
                        "    public void emit(String line) {\n        if (this.closed) {\n"
                                + "            throw Closing.closed(\"Totals\", \"emit\");\n        }\n        runParse(line);\n    }");
        assertThat(source).doesNotContain("SuppressWarnings");
    }

    @Test
    void theBuilderTakesPrimitiveSpecialisedConsumersAndBuildsBothForms() {
        String source = PipelineWriter.write(Fusion.of(totals())).toString();

        assertThat(source).contains("public Builder out(LongConsumer out) {");
        assertThat(source).contains("public Totals build() {\n            return new Streamz_Totals(this);");
        assertThat(source).contains("public Totals buildInterpreted() {\n            return new Interpreted(this);");
        assertThat(RuntimeTypes.consumerOf(TypeName.INT)).isEqualTo(RuntimeTypes.INT_CONSUMER);
        assertThat(RuntimeTypes.consumerOf(TypeName.DOUBLE)).isEqualTo(RuntimeTypes.DOUBLE_CONSUMER);
        assertThat(RuntimeTypes.consumerOf(TypeName.CHAR).toString())
                .isEqualTo("java.util.function.Consumer<java.lang.Character>");
    }

    @Test
    void aFailureInUserCodeNamesTheStageWithTheTwinsLabel() {
        TypeName strings = ParameterizedTypeName.get(ClassName.get(List.class), STRING);
        PipelineModel model = Models.pipeline("com.acme", "Split")
                .source("emit", strings, "batch")
                .flatten("words", "emit", strings, STRING)
                .map("upper", "words", STRING, STRING)
                .sink("out", "upper", STRING, false)
                .build();
        String source = PipelineWriter.write(Fusion.of(model)).toString();

        assertThat(FailureGuard.label(model.stage("words"))).isEqualTo("words; flatten");
        assertThat(FailureGuard.label(model.stage("upper"))).isEqualTo("map: upper");
        assertThat(FailureGuard.label(model.stage("out"))).isEqualTo("sink: out");
        assertThat(source)
                .contains(String.join(
                        "\n",
                        "        if (batch == null) {",
                        "            throw Failures.cannotFlattenNull(\"words; flatten\");",
                        "        }",
                        "        try {",
                        "            for (String words : batch) {",
                        "                runUpper(words);",
                        "            }",
                        "        } catch (Throwable e) {",
                        "            throw Failures.rethrow(\"words; flatten\", e);",
                        "        }"));
    }

    @Test
    void theTwinLabelsEveryFunctionWithItsStageName() {
        String source = PipelineWriter.write(Fusion.of(totals())).toString();

        assertThat(source)
                .contains("this.parse = this.emit.map(Named.<String, Integer>function(\"parse\", this::parse));");
        assertThat(source)
                .contains("this.large = this.parse.filter(Named.<Integer>predicate(\"large\", this::large));");
        assertThat(source)
                .contains(
                        "this.total = this.large.accumulate(Named.<Long, Integer, Long>biFunction(\"total\", this::total), zero());");
    }

    @Test
    void aJoinIsFedThroughItsHelperAndItsDownstreamIsItsOwnMethod() {
        TypeName tuple = Fusion.TUPLE;
        PipelineModel model = Models.pipeline("com.acme", "Pairs")
                .source("names", STRING, "name")
                .source("ages", TypeName.INT, "age")
                .join(StageKind.ZIP, "pairs", tuple, List.of("names", "ages"), List.of(STRING, TypeName.INT))
                .sink("out", "pairs", tuple, false)
                .build();
        String source = PipelineWriter.write(Fusion.of(model)).toString();

        assertThat(source).contains("private final ZipJoin pairs = new ZipJoin(2, this::runPairs);");
        assertThat(source)
                .contains(
                        "public void ages(int age) {\n        if (this.closed) {\n            throw Closing.closed(\"Pairs\", \"ages\");\n        }\n"
                                + "        this.pairs.offer(1, age);\n    }");
        assertThat(source)
                .contains(
                        "private void runPairs(List<Object> pairs) {\n        try {\n            this.out.accept(pairs);\n"
                                + "        } catch (Throwable e) {\n            throw Failures.rethrow(\"sink: out\", e);\n        }\n    }");
        assertThat(source).contains("this.pairs = this.names.zip(this.ages).named(\"pairs\");");
    }

    @Test
    void theDotGraphNumbersNodesAsTheRuntimeAndDrawsEachFusedMethodAsACluster() {
        TypeName strings = ParameterizedTypeName.get(ClassName.get(List.class), STRING);
        PipelineModel model = Models.pipeline("com.acme", "Outer", "Split")
                .source("emit", strings, "batch")
                .map("upper", "emit", strings, strings)
                .flatten("words", "upper", strings, STRING)
                .sink("first", "words", STRING, false)
                .sink("second", "words", STRING, true)
                .build();

        assertThat(DotWriter.dot(Fusion.of(model)))
                .isEqualTo(String.join(
                        "\n",
                        "digraph {",
                        "\tgraph [label=\"Outer.Split\" rankdir=LR]",
                        "\tn0 [label=\"emit; Stream\" shape=ellipse style=\"rounded,filled\" fillcolor=white]",
                        "\tn1 [label=\"map: upper\" shape=ellipse style=\"rounded,filled\" fillcolor=white]",
                        "\tn2 [label=\"words; flatten\" shape=ellipse style=\"rounded,filled\" fillcolor=white]",
                        "\tn3 [label=\"sink: first\" shape=trapezium style=\"rounded,filled\" fillcolor=white]",
                        "\tn4 [label=\"sink: second\" shape=trapezium style=\"rounded,filled\" fillcolor=white]",
                        "\tsubgraph cluster_0 {",
                        "\t\tlabel=runUpper",
                        "\t\tn1",
                        "\t\tn2",
                        "\t}",
                        "\tsubgraph cluster_1 {",
                        "\t\tlabel=runFirst",
                        "\t\tn3",
                        "\t}",
                        "\tsubgraph cluster_2 {",
                        "\t\tlabel=runSecond",
                        "\t\tn4",
                        "\t}",
                        "\tn0 -> n1",
                        "\tn1 -> n2",
                        "\tn2 -> n3 [label=0]",
                        "\tn2 -> n4 [label=1]",
                        "}",
                        ""));
    }
}
