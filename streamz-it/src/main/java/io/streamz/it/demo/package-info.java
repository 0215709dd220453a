/** The README's demo: two of streamz's examples as {@code @Pipeline} interfaces, their generated code, and a rough timing. */
package io.streamz.it.demo;
