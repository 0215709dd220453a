package com.example;

import io.streamz.Stream;
import java.util.ArrayList;
import java.util.List;

/** Runs the README's quickstart, fused and interpreted; throws unless both print 150 and 251. */
public final class Main {
    public static void main(String[] args) {
        List<Long> fused = new ArrayList<>();
        Totals totals = Streamz_Totals.builder().out(fused::add).build();
        totals.emit("150");
        totals.emit("20");
        totals.emit("101");

        List<Object> interpreted = new ArrayList<>();
        Stream<String> source = new Stream<>();
        source.map(line -> Integer.parseInt(line.trim()))
                .filter(x -> x > 100)
                .accumulate((Long sum, Integer x) -> sum + x, 0L)
                .sink(interpreted::add);
        source.emit("150");
        source.emit("20");
        source.emit("101");

        check(fused, List.of(150L, 251L), "fused");
        check(interpreted, List.of(150L, 251L), "interpreted");
        System.out.println("README quickstart: fused " + fused + ", interpreted " + interpreted);
    }

    private static void check(List<?> actual, List<?> expected, String build) {
        if (!actual.equals(expected)) {
            throw new AssertionError(build + " printed " + actual + ", the README says " + expected);
        }
    }
}
