package com.acme;

import io.streamz.codec.Codec;
import io.streamz.codec.CodecInput;
import io.streamz.codec.CodecOutput;

public final class MoneyCodec implements Codec<Money> {
    @Override
    public void write(Money value, CodecOutput out) {
        out.writeLong(value.cents());
    }

    @Override
    public Money read(CodecInput in) {
        return new Money(in.readLong());
    }

    @Override
    public String schema() {
        return "com.acme.Money{cents:long}";
    }
}
