package bad;

import io.streamz.annotations.*;

public class PrivateElementType {
    private record Order(int amount) {}

    @Pipeline
    public interface Orders {
        @Source void emit(String line);
        @Map default Order parse(String line) { return new Order(Integer.parseInt(line)); } // ERROR streamz.inaccessible-type
        @Sink void out(Order order);  // ERROR streamz.inaccessible-type
    }
}
