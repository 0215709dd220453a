#!/usr/bin/env python3
"""Before/after on a noisy, shared machine, every benchmark in one invocation: for each round,
each benchmark runs once from each jar (one fork per run, the jar that goes first alternating
between rounds), so a pair sees the same background load; prints every pair's ratio and, per
benchmark, the median ratio AFTER / BEFORE. The load average is printed before and after.

Usage: python3 streamz-bench/scripts/paired-jars.py ROUNDS after.jar before.jar Bench.method...
       e.g. python3 streamz-bench/scripts/paired-jars.py 3 after.jar before.jar ZipBench.fused SinkOnlyBench.fused
"""
import importlib.util
import os
import statistics
import sys

_spec = importlib.util.spec_from_file_location(
    "paired_ratio", os.path.join(os.path.dirname(os.path.abspath(__file__)), "paired-ratio.py"))
paired_ratio = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(paired_ratio)


def load():
    with open("/proc/loadavg") as f:
        return f.read().strip()


def main(rounds, after, before, benchmarks):
    print(f"load before: {load()}", flush=True)
    ratios = {b: [] for b in benchmarks}
    for i in range(rounds):
        for b in benchmarks:
            if i % 2 == 0:
                sa = paired_ratio.score(after + ":" + b)
                sb = paired_ratio.score(before + ":" + b)
            else:
                sb = paired_ratio.score(before + ":" + b)
                sa = paired_ratio.score(after + ":" + b)
            ratios[b].append(sa / sb)
            print(f"round {i + 1}: {b} after {sa:.3f} ns, before {sb:.3f} ns, ratio {sa / sb:.3f}", flush=True)
    print(f"load after: {load()}")
    for b in benchmarks:
        r = ratios[b]
        print(f"median ratio after / before {b} over {rounds} rounds: {statistics.median(r):.3f} "
              f"(min {min(r):.3f}, max {max(r):.3f})")


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4:])
