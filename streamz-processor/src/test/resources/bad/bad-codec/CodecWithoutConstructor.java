package bad;

import io.streamz.annotations.*;
import io.streamz.codec.Codec;
import io.streamz.codec.CodecInput;
import io.streamz.codec.CodecOutput;

@Pipeline(distributed = true, codecs = CodecWithoutConstructor.MoneyCodec.class) // ERROR streamz.bad-codec
public interface CodecWithoutConstructor {
    record Money(long cents) {}
    final class MoneyCodec implements Codec<Money> {
        MoneyCodec(int scale) { }
        @Override public void write(Money value, CodecOutput out) { out.writeLong(value.cents()); }
        @Override public Money read(CodecInput in) { return new Money(in.readLong()); }
        @Override public String schema() { return "money"; }
    }
    @Source void emit(Money money);
    @Sink void out(Money money);
}
