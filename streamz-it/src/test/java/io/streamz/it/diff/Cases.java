package io.streamz.it.diff;

import java.util.List;
import java.util.Random;

/** The differential cases: one per pipeline of {@code io.streamz.it.diff}, with its random inputs. */
final class Cases {
    private static final List<String> WORDS = List.of("cat", "dog", "mouse", "a", "horse", "ox", "", "zebra");
    private static final List<String> CUSTOMERS = List.of("ada", "bob", "cy", "dee", "eve");

    private Cases() {}

    static List<Differential<?>> all() {
        return List.of(linearPrimitives(), filterHeavy(), branching(), orders());
    }

    static Differential<LinearPrimitives> linearPrimitives() {
        return Differential.of("linear int-long-double",
                t -> Streamz_LinearPrimitives.builder().out(t.doubles("out")),
                Streamz_LinearPrimitives.Builder::build, Streamz_LinearPrimitives.Builder::buildInterpreted,
                r -> {
                    int x = r.nextInt(20_001) - 10_000;
                    return Step.of("emit(" + x + ")", p -> p.emit(x));
                });
    }

    static Differential<FilterHeavy> filterHeavy() {
        return Differential.of("filter-heavy long chain",
                t -> Streamz_FilterHeavy.builder().out(t.longs("out")),
                Streamz_FilterHeavy.Builder::build, Streamz_FilterHeavy.Builder::buildInterpreted,
                r -> {
                    long x = r.nextInt(2_000_001) - 1_000_000L;
                    return Step.of("emit(" + x + ")", p -> p.emit(x));
                });
    }

    static Differential<Branching> branching() {
        return Differential.of("branching, four branches",
                t -> Streamz_Branching.builder()
                        .incremented(t.ints("incremented"))
                        .squared(t.longs("squared"))
                        .evenDecremented(t.ints("evenDecremented", x -> x % 250 == 0))
                        .counted(t.longs("counted")),
                Streamz_Branching.Builder::build, Streamz_Branching.Builder::buildInterpreted,
                r -> {
                    int x = r.nextInt(2001) - 1000;
                    return Step.of("emit(" + x + ")", p -> p.emit(x));
                });
    }

    static Differential<Orders> orders() {
        return Differential.of("orders, object types and returnsState",
                t -> Streamz_Orders.builder()
                        .customerTotals(t.objects("customerTotals"))
                        .largestSoFar(t.objects("largestSoFar")),
                Streamz_Orders.Builder::build, Streamz_Orders.Builder::buildInterpreted,
                r -> {
                    Orders.Order order = new Orders.Order(CUSTOMERS.get(r.nextInt(CUSTOMERS.size())),
                            r.nextInt(5101) - 100L);
                    return Step.of("emit(" + order + ")", p -> p.emit(order));
                });
    }

    private static String word(Random r) {
        return WORDS.get(r.nextInt(WORDS.size()));
    }
}
