package io.streamz.it.diff;

import java.util.List;

/** The differential case of {@link ResettableFolds}: elements and resets interleaved at random. */
final class ResetCases {
    private static final List<String> WHY = List.of("midnight", "", "operator");

    private ResetCases() {}

    static Differential<ResettableFolds> resettableFolds() {
        return Differential.of(
                "accumulate reset by a source and by filters before and after it, failing now and then",
                t -> Streamz_ResettableFolds.builder()
                        .totals(t.objects("totals"))
                        .sizes(t.ints("sizes"))
                        .largests(t.ints("largests")),
                Streamz_ResettableFolds.Builder::build,
                Streamz_ResettableFolds.Builder::buildInterpreted,
                r -> {
                    if (r.nextInt(8) == 0) {
                        String why = WHY.get(r.nextInt(WHY.size()));
                        return Step.of("clear(" + why + ")", p -> p.clear(why));
                    }
                    int x = r.nextInt(36) - 5; // < 0 resets seen, > 20 resets largest, 19 fails big, 13 total
                    return Step.of("emit(" + x + ")", p -> p.emit(x));
                });
    }
}
