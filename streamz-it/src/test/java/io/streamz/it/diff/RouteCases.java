package io.streamz.it.diff;

import io.streamz.FailedElement;
import java.util.List;
import java.util.Random;

/**
 * Error routes of the engine body against the fused class: {@link Routes} (no key, fused) and
 * {@link KeyedRoutes} (its engine body on {@code LocalEngine}) on readings of one sensor, where
 * keyed and unkeyed state are the same: the same failures of the same stages on the same
 * elements, routed to the same sinks, in the same order.
 */
final class RouteCases {
    private static final List<String> TEXTS = List.of("1", " 2", "13", "x", "0", "-5", "", "14", "20 ", "7");

    private RouteCases() {}

    /** A reading of {@code sensor}: a number most of the time, sometimes a text that fails somewhere. */
    static KeyedRoutes.Reading reading(Random r, String sensor) {
        String text = r.nextInt(3) == 0 ? TEXTS.get(r.nextInt(TEXTS.size())) : Integer.toString(r.nextInt(40) - 5);
        return new KeyedRoutes.Reading(sensor, text);
    }

    static Differential<KeyedRoutes> unkeyedAgainstOneKey() {
        return Differential.ofBuilds(
                "error routes, one key (fused unkeyed against LocalEngine)",
                t -> {
                    Routes fused = Streamz_Routes.builder()
                            .totals(Cases.refusing(t.longs("totals")))
                            .rejected(Cases.failures(
                                    t, "rejected", f -> Integer.valueOf(14).equals(f.element())))
                            .audit(Cases.failures(t, "audit", f -> false))
                            .build();
                    return new KeyedRoutes() {
                        @Override
                        public void readings(Reading reading) {
                            fused.readings(reading);
                        }

                        @Override
                        public Reading bySensor(Reading reading) {
                            throw new UnsupportedOperationException();
                        }

                        @Override
                        public void totals(long total) {
                            throw new UnsupportedOperationException();
                        }

                        @Override
                        public void rejected(FailedElement failure) {
                            throw new UnsupportedOperationException();
                        }

                        @Override
                        public void audit(FailedElement failure) {
                            throw new UnsupportedOperationException();
                        }
                    };
                },
                t -> Streamz_KeyedRoutes.builder()
                        .totals(Cases.refusing(t.longs("totals")))
                        .rejected(Cases.failures(
                                t, "rejected", f -> Integer.valueOf(14).equals(f.element())))
                        .audit(Cases.failures(t, "audit", f -> false))
                        .build(),
                r -> {
                    KeyedRoutes.Reading reading = reading(r, "s");
                    return Step.of("readings(" + reading + ")", p -> p.readings(reading));
                });
    }
}
