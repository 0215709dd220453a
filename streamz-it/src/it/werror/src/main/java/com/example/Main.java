package com.example;

import io.streamz.VirtualTimeLoop;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Runs the pipelines compiled under -Werror; throws unless they produce what they should. */
public final class Main {
    public static void main(String[] args) {
        List<String> firsts = new ArrayList<>();
        Mixed mixed = Streamz_Mixed.builder()
                .longests(best -> {})
                .changes(change -> {})
                .firsts(firsts::add)
                .build();
        mixed.texts("ab");
        mixed.texts("cde");
        check(firsts, List.of("a"), "Mixed");

        VirtualTimeLoop loop = new VirtualTimeLoop();
        List<List<Long>> pairs = new ArrayList<>();
        Timed timed = Streamz_Timed.builder()
                .loop(loop)
                .out(pair -> {
                    pairs.add(pair);
                    return CompletableFuture.completedFuture(null);
                })
                .build();
        for (String line : List.of("1", "2", "3")) {
            loop.await(timed.emit(line));
        }
        loop.advanceBy(Duration.ofSeconds(1));
        check(pairs, List.of(List.of(2L, 4L), List.of(4L, 6L)), "Timed");
        System.out.println("-Werror user build: Mixed " + firsts + ", Timed " + pairs);
    }

    private static void check(Object actual, Object expected, String pipeline) {
        if (!actual.equals(expected)) {
            throw new AssertionError(pipeline + " produced " + actual + ", expected " + expected);
        }
    }
}
