package io.streamz.it.diff;

import io.streamz.engine.LocalEngine;
import java.util.List;

/**
 * Differential cases of the engine body: a distributed pipeline without keys, its fused class
 * against its {@code Engine} on a {@code LocalEngine} built from {@code spec()} alone (the
 * LocalEngine plays an engine adapter: it never calls the pipeline's methods).
 */
final class EngineCases {
    private static final List<String> WORDS = List.of("cat", "dog", "", "ox", "!", "a b", " zebra ");

    private EngineCases() {}

    static Differential<DistributedWords> distributedWords() {
        return Differential.ofBuilds(
                "distributed words (fused against LocalEngine from spec())",
                t -> Streamz_DistributedWords.builder()
                        .out(t.objects("out"))
                        .lengths(t.ints("lengths"))
                        .build(),
                t -> {
                    LocalEngine engine = LocalEngine.builder(Streamz_DistributedWords.spec())
                            .sink("out", t.<Object>objects("out"))
                            .sinkInt("lengths", t.ints("lengths"))
                            .build();
                    return new DistributedWords() {
                        @Override
                        public void lines(String line) {
                            engine.accept("lines", line);
                        }

                        @Override
                        public String word(List<String> words) {
                            throw new UnsupportedOperationException();
                        }

                        @Override
                        public void out(String word) {
                            throw new UnsupportedOperationException();
                        }

                        @Override
                        public void lengths(int length) {
                            throw new UnsupportedOperationException();
                        }
                    };
                },
                r -> {
                    StringBuilder line = new StringBuilder();
                    for (int words = r.nextInt(4); words > 0; words--) {
                        line.append(WORDS.get(r.nextInt(WORDS.size()))).append(r.nextBoolean() ? " " : "  ");
                    }
                    String text = r.nextInt(15) == 0 ? "!" : line.toString();
                    return Step.of("lines(\"" + text + "\")", p -> p.lines(text));
                });
    }
}
