/** The README's demo: two seed examples as {@code @Pipeline} interfaces, their generated code, and a rough timing. */
package io.streamz.it.demo;
