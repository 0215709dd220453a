#!/usr/bin/env python3
"""Turns a JMH JSON result file (-rf json) of streamz-bench into the Markdown tables of
BENCHMARKS.md: one table per topology, ns and bytes per element, ratio to hand-written.

Usage: python3 streamz-bench/scripts/results-to-markdown.py results.json
"""
import json
import sys

ORDER = ["handLoop", "handPrimitive", "handWritten", "fused", "interpreted", "rxJava", "reactorUnsafe", "reactorMany",
         "rxJavaConcatMap", "reactorConcatMap"]
LABELS = {
    "handLoop": "hand-written loop (locals, no pipeline object)",
    "handPrimitive": "hand-written, primitive LRU (IntLruSet)",
    "handWritten": "hand-written pipeline class",
    "fused": "fused (@Pipeline, generated)",
    "interpreted": "interpreted (Stream API)",
    "rxJava": "RxJava 3 PublishSubject",
    "reactorUnsafe": "Reactor Sinks.unsafe().many()",
    "reactorMany": "Reactor Sinks.many()",
    "rxJavaConcatMap": "RxJava 3 Flowable.create, concatMapCompletable(100)",
    "reactorConcatMap": "Reactor Flux.create, concatMap(100)",
}


def main(path):
    with open(path) as f:
        results = json.load(f)
    by_topology = {}
    for r in results:
        cls, method = r["benchmark"].rsplit(".", 2)[-2:]
        by_topology.setdefault(cls, {})[method] = r
    for topology, rows in by_topology.items():
        print(f"### {topology}\n")
        base = rows.get("handWritten")
        base_score = base["primaryMetric"]["score"] if base else None
        extra = sorted({k for r in rows.values() for k in r.get("secondaryMetrics", {})
                        if not k.startswith("gc.") and not k.startswith("·")})
        header = "| implementation | ns/element | ± (99.9%) | B/element | ratio to hand-written |"
        header += "".join(f" {k} (max per iteration) |" for k in extra)
        header += " throughput |" if extra else ""
        print(header)
        print("|---|---:|---:|---:|---:|" + "---:|" * len(extra) + ("---:|" if extra else ""))
        for method in sorted(rows, key=lambda m: ORDER.index(m) if m in ORDER else len(ORDER)):
            r = rows[method]
            pm = r["primaryMetric"]
            alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm")
            alloc_text = "n/a" if alloc is None else fmt_bytes(alloc["score"])
            ratio = "" if base_score is None else f"{pm['score'] / base_score:.2f}"
            line = f"| {LABELS.get(method, method)} | {pm['score']:.2f} | {fmt_error(pm['scoreError'])} | {alloc_text} | {ratio} |"
            for k in extra:
                m = r.get("secondaryMetrics", {}).get(k)
                # An aux counter (peakQueueLength) is summed over iterations by JMH: show the largest iteration.
                line += f" {max(v for fork in m['rawData'] for v in fork):.0f} |" if m else " |"
            if extra:
                line += f" elements/s: {1e9 / pm['score']:,.0f} |"
            print(line)
        print()


def fmt_error(error):
    return "n/a" if isinstance(error, str) else f"{error:.2f}"


def fmt_bytes(value):
    return "0" if abs(value) < 0.01 else f"{value:.1f}"


if __name__ == "__main__":
    main(sys.argv[1])
