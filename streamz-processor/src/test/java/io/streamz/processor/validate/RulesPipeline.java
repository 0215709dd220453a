package io.streamz.processor.validate;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.streamz.processor.PipelineProcessor;
import java.util.ArrayList;
import java.util.List;

/** {@code @Pipeline public interface Rules} in {@code com.acme}, made of the given members and compiled by the processor. */
final class RulesPipeline {
    private RulesPipeline() {}

    /** Compiles the interface with {@code io.streamz.annotations.*} and {@code imports} imported. */
    static Compilation compile(List<String> imports, String... members) {
        List<String> lines = new ArrayList<>(List.of("package com.acme;", "import io.streamz.annotations.*;"));
        for (String imported : imports) {
            lines.add("import " + imported + ";");
        }
        lines.add("@Pipeline");
        lines.add("public interface Rules {");
        for (String member : members) {
            lines.add("    " + member);
        }
        lines.add("}");
        return javac().withProcessors(new PipelineProcessor())
                .compile(JavaFileObjects.forSourceLines("com.acme.Rules", lines));
    }
}
