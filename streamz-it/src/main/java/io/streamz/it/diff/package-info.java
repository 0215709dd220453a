/**
 * Pipelines for the differential tests: each is built fused ({@code build()}) and interpreted
 * ({@code buildInterpreted()}) and fed the same random inputs, which must give the same outputs
 * in the same order and the same exceptions. Some stages throw on purpose on a few inputs.
 */
package io.streamz.it.diff;
