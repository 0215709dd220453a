package bad;

import io.streamz.annotations.*;

import java.util.List;

@Pipeline
public interface EmitOnNotAnInput {
    @Source void prices(double price);
    @Source void orders(int quantity);
    @CombineLatest(from = {"prices", "orders"}, emitOn = "order") List<Object> latest(double p, int q); // ERROR streamz.unknown-emit-on
    @Sink void out(List<Object> pair);
}
