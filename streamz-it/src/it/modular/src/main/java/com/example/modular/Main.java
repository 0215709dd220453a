package com.example.modular;

import java.util.ArrayList;
import java.util.List;

/** Runs the pipeline, fused and interpreted, as a named module; throws on a wrong result. */
public final class Main {
    public static void main(String[] args) {
        if (!Main.class.getModule().isNamed()) {
            throw new AssertionError("not run as a module");
        }
        for (boolean fused : new boolean[] {true, false}) {
            List<Long> out = new ArrayList<>();
            Streamz_Totals.Builder builder = Streamz_Totals.builder().out(out::add);
            Totals totals = fused ? builder.build() : builder.buildInterpreted();
            totals.emit("150");
            totals.emit("20");
            totals.emit("101");
            if (!out.equals(List.of(150L, 251L))) {
                throw new AssertionError((fused ? "fused" : "interpreted") + " gave " + out);
            }
        }
        System.out.println("modular application: " + Main.class.getModule().getName() + " ran Totals");
    }
}
