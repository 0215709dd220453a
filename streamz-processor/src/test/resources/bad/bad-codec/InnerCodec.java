package bad;

import io.streamz.annotations.*;
import io.streamz.codec.Codec;
import io.streamz.codec.CodecInput;
import io.streamz.codec.CodecOutput;

@Pipeline(distributed = true, codecs = InnerCodec.Holder.MoneyCodec.class) // ERROR streamz.bad-codec
public interface InnerCodec {
    record Money(long cents) {}
    class Holder {
        public class MoneyCodec implements Codec<Money> { // not static: new Holder.MoneyCodec() needs a Holder
            public MoneyCodec() { }
            @Override public void write(Money value, CodecOutput out) { out.writeLong(value.cents()); }
            @Override public Money read(CodecInput in) { return new Money(in.readLong()); }
            @Override public String schema() { return "money"; }
        }
    }
    @Source void emit(Money money);
    @Sink void out(Money money);
}
