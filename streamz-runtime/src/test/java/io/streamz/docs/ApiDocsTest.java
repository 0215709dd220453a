package io.streamz.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.streamz.Named;
import io.streamz.StageFailure;
import io.streamz.Stream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Java snippets of {@code docs/api.md}, compiled and run word for word, with what they print
 * checked. {@code DocumentationTest} (streamz-it) checks that they still appear here verbatim.
 */
class ApiDocsTest {
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private PrintStream originalOut;

    @BeforeEach
    void captureSystemOut() {
        originalOut = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreSystemOut() {
        System.setOut(originalOut);
    }

    private List<String> printedLines() {
        String text = printed.toString(StandardCharsets.UTF_8);
        return text.isEmpty() ? List.of() : List.of(text.split("\\R"));
    }

    // docs/api.md, First steps: streamz's first example
    @Test
    void firstExample() {
        Stream<Integer> source = new Stream<>();
        source.map(x -> x + 1).sink(System.out::println);

        source.emit(1);   // prints 2
        source.emit(2);   // prints 3
        source.emit(10);  // prints 11

        assertEquals(List.of("2", "3", "11"), printedLines());
    }

    // docs/api.md, First steps: a running total with accumulate
    @Test
    void runningTotal() {
        Stream<Integer> source = new Stream<>();
        source.accumulate(Integer::sum).sink(System.out::println);
        for (int i = 1; i <= 4; i++) source.emit(i);   // prints 1, 3, 6, 10

        assertEquals(List.of("1", "3", "6", "10"), printedLines());
    }

    // docs/api.md, First steps: branches, depth-first in the order they were attached
    @Test
    void branches() {
        Stream<Integer> source = new Stream<>();
        source.map(x -> x * 10).sink(x -> System.out.println("a " + x));
        source.filter(x -> x % 2 == 0).sink(x -> System.out.println("b " + x));

        source.emit(1);   // prints a 10
        source.emit(2);   // prints a 20, then b 2

        assertEquals(List.of("a 10", "a 20", "b 2"), printedLines());
    }

    // docs/api.md, First steps: a failure names its stage
    @Test
    void failureNamesTheStage() {
        Stream<String> source = new Stream<>();
        source.map(Named.function("parse", Integer::parseInt)).sink(System.out::println);
        try {
            source.emit("x");
        } catch (NumberFormatException e) {
            System.out.println(StageFailure.stageOf(e));   // prints map: parse
        }

        assertEquals(List.of("map: parse"), printedLines());
    }
}
