package io.streamz.it.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.streamz.GlobalSinks;
import io.streamz.Stream;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The README's Quickstart, run word for word: the {@link Totals} pipeline and the same topology
 * on the interpreted API print the same totals. {@code DocumentationTest} checks that the
 * snippets still appear here verbatim.
 */
class ReadmeDocsTest {
    @AfterEach
    void forgetInterpretedSinks() {
        GlobalSinks.clear();
    }

    // README, Quickstart: the generated class
    @Test
    void quickstartPipeline() {
        List<String> printed = SystemOut.capture(() -> {
            Totals totals = Streamz_Totals.builder().out(System.out::println).build();
            totals.emit("150");   // prints 150
            totals.emit("20");    // filtered out
            totals.emit("101");   // prints 251
        });
        assertEquals(List.of("150", "251"), printed);
    }

    // README, Quickstart: the same topology on the interpreted API
    @Test
    void quickstartInterpreted() {
        List<String> printed = SystemOut.capture(() -> {
            Stream<String> source = new Stream<>();
            source.map(line -> Integer.parseInt(line.trim()))
                  .filter(x -> x > 100)
                  .accumulate((Long sum, Integer x) -> sum + x, 0L)
                  .sink(System.out::println);
            source.emit("150");   // prints 150
            source.emit("20");    // filtered out
            source.emit("101");   // prints 251
        });
        assertEquals(List.of("150", "251"), printed);
    }

    // README, Keys and per-key state: every stage after the @KeyBy keeps its state per key
    @Test
    void keysAndPerKeyState() {
        List<String> printed = SystemOut.capture(() -> {
            CustomerTotals totals = Streamz_CustomerTotals.builder().totals(System.out::println).build();
            totals.orders(new CustomerTotals.Order("ann", 5));    // prints 5
            totals.orders(new CustomerTotals.Order("bob", 7));    // prints 7
            totals.orders(new CustomerTotals.Order("ann", 10));   // prints 15: ann's total, not bob's
        });
        assertEquals(List.of("5", "7", "15"), printed);
    }
}
