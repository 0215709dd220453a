/**
 * The examples of the streamz "Core Streams" page, each written as a {@code @Pipeline}
 * interface. The processor generates {@code Streamz_<Name>} next to each one.
 */
package io.streamz.it.seed;
