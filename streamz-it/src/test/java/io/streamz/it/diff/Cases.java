package io.streamz.it.diff;

import io.streamz.FailedElement;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Predicate;

/** The differential cases: one per pipeline of {@code io.streamz.it.diff}, with its random inputs. */
final class Cases {
    private static final List<String> WORDS = List.of("cat", "dog", "mouse", "a", "horse", "ox", "", "zebra");
    private static final List<String> CUSTOMERS = List.of("ada", "bob", "cy", "dee", "eve");

    private Cases() {}

    static List<Differential<?>> all() {
        return List.of(
                linearPrimitives(),
                filterHeavy(),
                branching(),
                zipTwoSources(),
                zipInStep(),
                combineLatestTwo(),
                zipLatestThree(),
                unionTwoSources(),
                windows(),
                partitions(),
                uniques(),
                slices(),
                counting(),
                statefulFolds(),
                ResetCases.resettableFolds(),
                flattening(),
                orders(),
                keyedOrders(),
                keyedJoins(),
                keyedLatest(),
                keyedCounts(),
                keyedRoutes(),
                RouteCases.unkeyedAgainstOneKey(),
                EngineCases.distributedWords(),
                routedFailures(),
                TimeCases.timeStages(),
                DistinctWindowCases.distinctWindows(),
                AsyncCases.routedAsync(),
                StopCases.stoppingLookups());
    }

    static Differential<KeyedOrders> keyedOrders() {
        return Differential.of(
                "keyed totals, unique and re-key (LocalEngine against per-key twin)",
                t -> Streamz_KeyedOrders.builder()
                        .totals(t.longs("totals"))
                        .largests(t.longs("largests"))
                        .tags(t.objects("tags"))
                        .counts(t.longs("counts")),
                Streamz_KeyedOrders.Builder::build,
                Streamz_KeyedOrders.Builder::buildInterpreted,
                r -> {
                    int pick = r.nextInt(30);
                    String customer = pick == 0 ? "!" : pick == 1 ? "" : CUSTOMERS.get(r.nextInt(CUSTOMERS.size()));
                    long amount = r.nextInt(10) == 0 ? 13 : r.nextInt(8);
                    KeyedOrders.Order order = new KeyedOrders.Order(customer, amount);
                    return Step.of("orders(" + order + ")", p -> p.orders(order));
                });
    }

    private static final List<String> LINES = List.of("1", " 2", "13", "x", "66", "7", "-5", "95", "0", "14", "20 ");

    /**
     * The error route: every routed failure recorded as its stage, element and exception, in
     * order with the sinks' values; a failure an error sink refuses reaches the caller, with the
     * routed one suppressed on it.
     */
    static Differential<RoutedFailures> routedFailures() {
        return Differential.of(
                "routed failures (@OnFailure)",
                t -> Streamz_RoutedFailures.builder()
                        .out(refusing(t.longs("out")))
                        .halves(t.ints("halves", x -> x == 10))
                        .rejected(failures(t, "rejected", f -> "x".equals(f.element())))
                        .audit(failures(t, "audit", f -> Integer.valueOf(14).equals(f.element()))),
                Streamz_RoutedFailures.Builder::build,
                Streamz_RoutedFailures.Builder::buildInterpreted,
                r -> {
                    String line = r.nextInt(4) == 0
                            ? LINES.get(r.nextInt(LINES.size()))
                            : Integer.toString(r.nextInt(120) - 10);
                    return Step.of("emit(\"" + line + "\")", p -> p.emit(line));
                });
    }

    /** out's consumer: refuses totals ending in 3 (out routes that failure to rejected). */
    static LongConsumer refusing(LongConsumer out) {
        return total -> {
            if (Math.floorMod(total, 10) == 3) {
                throw new IllegalStateException("out refuses " + total);
            }
            out.accept(total);
        };
    }

    /** An error sink recording each failure as its stage, element and exception; it refuses those {@code refuse} accepts. */
    static Consumer<FailedElement> failures(Transcript t, String port, Predicate<FailedElement> refuse) {
        Consumer<String> record = t.objects(port);
        return f -> {
            if (refuse.test(f)) {
                throw new IllegalStateException(port + " refuses " + f.element());
            }
            record.accept(f.stage() + " | " + f.element() + " ("
                    + (f.element() == null ? "null" : f.element().getClass().getSimpleName()) + ") | "
                    + Transcript.Thrown.of(f.error()));
        };
    }

    static Differential<KeyedJoins> keyedJoins() {
        return Differential.of(
                "keyed zip, combineLatest, union, window and partitions (LocalEngine against per-key twin)",
                t -> Streamz_KeyedJoins.builder()
                        .pairs(t.objects("pairs"))
                        .latests(t.objects("latests"))
                        .windows(t.objects("windows"))
                        .pages(t.objects("pages"))
                        .batches(t.objects("batches")),
                Streamz_KeyedJoins.Builder::build,
                Streamz_KeyedJoins.Builder::buildInterpreted,
                r -> {
                    if (r.nextBoolean()) {
                        KeyedJoins.Click click = new KeyedJoins.Click("u" + r.nextInt(4), r.nextInt(9));
                        return Step.of("clicks(" + click + ")", p -> p.clicks(click));
                    }
                    long view = r.nextInt(40) - 5;
                    return Step.of("views(" + view + ")", p -> p.views(view));
                });
    }

    private static final List<String> SAID = List.of("cat", "cow", "dog", "ox", "owl", "boom", "", "a", "deer");

    static Differential<KeyedCounts> keyedCounts() {
        return Differential.of(
                "keyed frequencies, partitionUnique and accumulate withState (LocalEngine against per-key twin)",
                t -> Streamz_KeyedCounts.builder()
                        .counts(t.objects("counts"))
                        .initialGroups(t.objects("initialGroups"))
                        .lengthGroups(t.objects("lengthGroups"))
                        .letterCounts(t.objects("letterCounts")),
                Streamz_KeyedCounts.Builder::build,
                Streamz_KeyedCounts.Builder::buildInterpreted,
                r -> {
                    String user = r.nextInt(40) == 0 ? "!" : "u" + r.nextInt(4);
                    KeyedCounts.Said said = new KeyedCounts.Said(user, SAID.get(r.nextInt(SAID.size())));
                    return Step.of("said(" + said + ")", p -> p.said(said));
                });
    }

    /**
     * Error routes per key: which stage failed on which element, and where it went, recorded by
     * each error sink; totals ending in 3 are refused by the sink (routed to rejected), a rejected
     * 14 by the error sink (to the caller, the routed failure suppressed on it).
     */
    static Differential<KeyedRoutes> keyedRoutes() {
        return Differential.of(
                "keyed error routes (LocalEngine against per-key twin)",
                t -> Streamz_KeyedRoutes.builder()
                        .totals(refusing(t.longs("totals")))
                        .rejected(
                                failures(t, "rejected", f -> Integer.valueOf(14).equals(f.element())))
                        .audit(failures(t, "audit", f -> false)),
                Streamz_KeyedRoutes.Builder::build,
                Streamz_KeyedRoutes.Builder::buildInterpreted,
                r -> {
                    String sensor = r.nextInt(50) == 0 ? "!" : "s" + r.nextInt(3);
                    KeyedRoutes.Reading reading = RouteCases.reading(r, sensor);
                    return Step.of("readings(" + reading + ")", p -> p.readings(reading));
                });
    }

    static Differential<KeyedLatest> keyedLatest() {
        return Differential.of(
                "keyed zipLatest and slices (LocalEngine against per-key twin)",
                t -> Streamz_KeyedLatest.builder()
                        .checks(t.objects("checks"))
                        .annotations(t.objects("annotations"))
                        .samples(t.objects("samples"))
                        .latestLimits(t.objects("latestLimits")),
                Streamz_KeyedLatest.Builder::build,
                Streamz_KeyedLatest.Builder::buildInterpreted,
                r -> {
                    String user = "u" + r.nextInt(4);
                    int pick = r.nextInt(10);
                    if (pick < 6) {
                        KeyedLatest.Click click = new KeyedLatest.Click(user, r.nextInt(9));
                        return Step.of("clicks(" + click + ")", p -> p.clicks(click));
                    }
                    if (pick < 8) {
                        KeyedLatest.Limit limit = new KeyedLatest.Limit(user, r.nextInt(5));
                        return Step.of("limits(" + limit + ")", p -> p.limits(limit));
                    }
                    String note = user + ":" + WORDS.get(r.nextInt(WORDS.size()));
                    return Step.of("notes(" + note + ")", p -> p.notes(note));
                });
    }

    static Differential<LinearPrimitives> linearPrimitives() {
        return Differential.of(
                "linear int-long-double",
                t -> Streamz_LinearPrimitives.builder().out(t.doubles("out")),
                Streamz_LinearPrimitives.Builder::build,
                Streamz_LinearPrimitives.Builder::buildInterpreted,
                r -> {
                    int x = r.nextInt(20_001) - 10_000;
                    return Step.of("emit(" + x + ")", p -> p.emit(x));
                });
    }

    static Differential<FilterHeavy> filterHeavy() {
        return Differential.of(
                "filter-heavy long chain",
                t -> Streamz_FilterHeavy.builder().out(t.longs("out")),
                Streamz_FilterHeavy.Builder::build,
                Streamz_FilterHeavy.Builder::buildInterpreted,
                r -> {
                    long x = r.nextInt(2_000_001) - 1_000_000L;
                    return Step.of("emit(" + x + ")", p -> p.emit(x));
                });
    }

    static Differential<Branching> branching() {
        return Differential.of(
                "branching, four branches",
                t -> Streamz_Branching.builder()
                        .incremented(t.ints("incremented"))
                        .squared(t.longs("squared"))
                        .evenDecremented(t.ints("evenDecremented", x -> x % 250 == 0))
                        .counted(t.longs("counted")),
                Streamz_Branching.Builder::build,
                Streamz_Branching.Builder::buildInterpreted,
                r -> {
                    int x = r.nextInt(2001) - 1000;
                    return Step.of("emit(" + x + ")", p -> p.emit(x));
                });
    }

    static Differential<ZipTwoSources> zipTwoSources() {
        return Differential.of(
                "zip of two uneven sources",
                t -> Streamz_ZipTwoSources.builder().pairs(t.objects("pairs")).weights(t.longs("weights")),
                Streamz_ZipTwoSources.Builder::build,
                Streamz_ZipTwoSources.Builder::buildInterpreted,
                r -> {
                    if (r.nextInt(100) < 55) {
                        int x = r.nextInt(1001);
                        return Step.of("numbers(" + x + ")", p -> p.numbers(x));
                    }
                    String word = word(r);
                    return Step.of("words(\"" + word + "\")", p -> p.words(word));
                });
    }

    /** Failures in chains, between inputs and after the zip: the fused pairing must stay the zip's. */
    static Differential<ZipInStep> zipInStep() {
        return Differential.of(
                "zips fed in lock step by one source, with failures",
                t -> Streamz_ZipInStep.builder()
                        .seen(t.ints("seen", x -> x % 79 == 0))
                        .out(t.<String>objects("out", s -> s.endsWith("/7")))
                        .products(t.longs("products")),
                Streamz_ZipInStep.Builder::build,
                Streamz_ZipInStep.Builder::buildInterpreted,
                r -> {
                    int x = r.nextInt(2001) - 1000;
                    return Step.of("emit(" + x + ")", p -> p.emit(x));
                });
    }

    static Differential<CombineLatestTwo> combineLatestTwo() {
        return Differential.of(
                "combineLatest, emitOn all and one",
                t -> Streamz_CombineLatestTwo.builder().both(t.objects("both")).values(t.doubles("values")),
                Streamz_CombineLatestTwo.Builder::build,
                Streamz_CombineLatestTwo.Builder::buildInterpreted,
                r -> {
                    if (r.nextInt(100) < 40) {
                        double price = r.nextInt(10_000) / 100.0;
                        return Step.of("prices(" + price + ")", p -> p.prices(price));
                    }
                    int quantity = r.nextInt(31);
                    return Step.of("quantities(" + quantity + ")", p -> p.quantities(quantity));
                });
    }

    /** The sink throws on some tuples, in the middle of draining the lossless buffer. */
    static Differential<ZipLatestThree> zipLatestThree() {
        return Differential.of(
                "zipLatest of three sources, throwing sink",
                t -> Streamz_ZipLatestThree.builder()
                        .out(t.<List<Object>>objects("out", tuple -> (Integer) tuple.get(0) % 101 == 0)),
                Streamz_ZipLatestThree.Builder::build,
                Streamz_ZipLatestThree.Builder::buildInterpreted,
                r -> {
                    int which = r.nextInt(100);
                    if (which < 60) {
                        int event = r.nextInt(10_000);
                        return Step.of("events(" + event + ")", p -> p.events(event));
                    }
                    if (which < 80) {
                        String mode = word(r);
                        return Step.of("modes(\"" + mode + "\")", p -> p.modes(mode));
                    }
                    long level = r.nextInt(10);
                    return Step.of("levels(" + level + ")", p -> p.levels(level));
                });
    }

    static Differential<UnionTwoSources> unionTwoSources() {
        return Differential.of(
                "union of two sources",
                t -> Streamz_UnionTwoSources.builder().out(t.objects("out")),
                Streamz_UnionTwoSources.Builder::build,
                Streamz_UnionTwoSources.Builder::buildInterpreted,
                r -> {
                    int x = r.nextInt(51);
                    return r.nextBoolean()
                            ? Step.of("left(" + x + ")", p -> p.left(x))
                            : Step.of("right(" + x + ")", p -> p.right(x));
                });
    }

    static Differential<Windows> windows() {
        return Differential.of(
                "sliding windows, full and partial",
                t -> Streamz_Windows.builder()
                        .fullWindows(t.objects("fullWindows"))
                        .sums(t.ints("sums")),
                Streamz_Windows.Builder::build,
                Streamz_Windows.Builder::buildInterpreted,
                r -> {
                    int x = r.nextInt(101) - 50;
                    return Step.of("emit(" + x + ")", p -> p.emit(x));
                });
    }

    static Differential<Partitions> partitions() {
        return Differential.of(
                "partitions, plain and keyed",
                t -> Streamz_Partitions.builder().byFive(t.objects("byFive")).byResidue(t.objects("byResidue")),
                Streamz_Partitions.Builder::build,
                Streamz_Partitions.Builder::buildInterpreted,
                r -> {
                    int x = r.nextInt(1001);
                    return Step.of("emit(" + x + ")", p -> p.emit(x));
                });
    }

    static Differential<Uniques> uniques() {
        return Differential.of(
                "unique, unbounded, LRU, keyed LRU and keyed",
                t -> Streamz_Uniques.builder()
                        .unbounded(t.ints("unbounded"))
                        .lastThree(t.ints("lastThree"))
                        .lastDigits(t.ints("lastDigits"))
                        .firstsOfTens(t.ints("firstsOfTens"))
                        .spreads(t.longs("spreads")),
                Streamz_Uniques.Builder::build,
                Streamz_Uniques.Builder::buildInterpreted,
                r -> {
                    // Mostly 0..80 (77 fails the key method); now and then negative or an extreme.
                    int pick = r.nextInt(20);
                    int x = pick == 0
                            ? Integer.MIN_VALUE
                            : pick == 1 ? Integer.MAX_VALUE : pick < 5 ? -r.nextInt(41) : r.nextInt(81);
                    return Step.of("emit(" + x + ")", p -> p.emit(x));
                });
    }

    static Differential<Counting> counting() {
        return Differential.of(
                "frequencies and partitionUnique, with failing keys, maps and hashCodes",
                t -> Streamz_Counting.builder()
                        .counted(t.objects("counted"))
                        .words(t.objects("words"))
                        .groups(t.objects("groups"))
                        .firsts(t.objects("firsts"))
                        .latests(t.objects("latests"))
                        .latestGroups(t.objects("latestGroups")),
                Streamz_Counting.Builder::build,
                Streamz_Counting.Builder::buildInterpreted,
                r -> {
                    int x = r.nextInt(30); // 13 fails the map, 7 the hashCode of its word, 17 the key method
                    return Step.of("emit(" + x + ")", p -> p.emit(x));
                });
    }

    static Differential<StatefulFolds> statefulFolds() {
        return Differential.of(
                "accumulate withState: with a start, without, widened, each failing now and then",
                t -> Streamz_StatefulFolds.builder()
                        .totals(t.objects("totals"))
                        .largests(t.objects("largests"))
                        .spreads(t.objects("spreads")),
                Streamz_StatefulFolds.Builder::build,
                Streamz_StatefulFolds.Builder::buildInterpreted,
                r -> {
                    int x = r.nextInt(30); // 13 fails total, 17 largest, 7 spread (not as a first element)
                    return Step.of("emit(" + x + ")", p -> p.emit(x));
                });
    }

    static Differential<Slices> slices() {
        return Differential.of(
                "slice without and with an end, an end of 0, after a failing map",
                t -> Streamz_Slices.builder()
                        .odds(t.ints("odds"))
                        .picked(t.ints("picked"))
                        .nothing(t.ints("nothing"))
                        .texts(t.objects("texts")),
                Streamz_Slices.Builder::build,
                Streamz_Slices.Builder::buildInterpreted,
                r -> {
                    int x = r.nextInt(20); // 13 fails the map before the string slice
                    return Step.of("emit(" + x + ")", p -> p.emit(x));
                });
    }

    static Differential<Flattening> flattening() {
        return Differential.of(
                "flatten of lists and arrays",
                t -> Streamz_Flattening.builder().out(t.objects("out")).chars(t.objects("chars")),
                Streamz_Flattening.Builder::build,
                Streamz_Flattening.Builder::buildInterpreted,
                r -> {
                    int bad = r.nextInt(20); // "!": words throws; "?": words returns null, which flatten refuses
                    StringBuilder line = new StringBuilder(bad == 0 ? "!" : bad == 1 ? "?" : "");
                    for (int words = r.nextInt(5); words > 0; words--) {
                        line.append(word(r)).append(r.nextInt(4) == 0 ? "  " : " ");
                    }
                    String text = line.toString();
                    return Step.of("emit(\"" + text + "\")", p -> p.emit(text));
                });
    }

    static Differential<Orders> orders() {
        return Differential.of(
                "orders, object types and returnsState",
                t -> Streamz_Orders.builder()
                        .customerTotals(t.objects("customerTotals"))
                        .largestSoFar(t.objects("largestSoFar")),
                Streamz_Orders.Builder::build,
                Streamz_Orders.Builder::buildInterpreted,
                r -> {
                    Orders.Order order =
                            new Orders.Order(CUSTOMERS.get(r.nextInt(CUSTOMERS.size())), r.nextInt(5101) - 100L);
                    return Step.of("emit(" + order + ")", p -> p.emit(order));
                });
    }

    private static String word(Random r) {
        return WORDS.get(r.nextInt(WORDS.size()));
    }
}
