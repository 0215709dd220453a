package valid;

import io.streamz.annotations.*;

/** A pipeline nested in a class, with a package-private element type and helper methods. */
public class Nested {
    record Order(String id, int amount) {}

    @Pipeline
    public interface Orders {
        @Source void emit(String line);
        @Map default Order parse(String line) {
            String[] parts = line.split(",");
            return new Order(parts[0], Integer.parseInt(parts[1].trim()));
        }
        @Filter default boolean large(Order order) { return order.amount() > threshold(); }
        @Sink void out(Order order);

        default int threshold() { return 100; }
        String toString();
    }
}
