package bad;

import io.streamz.annotations.*;

@Pipeline(distributed = true)
public interface NoCodecForMoney {
    final class Money {
        final long cents;
        Money(long cents) { this.cents = cents; }
    }
    @Source void emit(String line);
    @KeyBy(key = "itself") String byLine(String line);
    default String itself(String line) { return line; }
    @Map default Money price(String line) { return new Money(line.length()); }
    @Sink void out(Money money); // ERROR streamz.missing-codec
}
