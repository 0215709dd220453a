#!/usr/bin/env python3
"""Ratio of two benchmarks on a noisy, shared machine: runs them alternately, ROUNDS times each
(one fork per run, so both see the same background load in turn), and prints every pair's
ratio and the median ratio A / B.

Usage: python3 streamz-bench/scripts/paired-ratio.py ROUNDS 'Class.methodA' 'Class.methodB'
       (run from the repository root, after building streamz-bench/target/benchmarks.jar)

Before/after a change: copy the jar built before it aside and prefix a benchmark with its jar,
       python3 streamz-bench/scripts/paired-ratio.py 5 'after.jar:ZipBench.fused' 'before.jar:ZipBench.fused'
A parameter of a benchmark follows it after '@' (JMH's -p), e.g. 'MetricsBench.fusedOn@latencySampling=0'.
If another JMH run holds JMH's lock (another engineer measuring), each run waits for it.
"""
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

JAR = "streamz-bench/target/benchmarks.jar"
JMH_ARGS = ["-f", "1", "-wi", "3", "-i", "5", "-w", "1s", "-r", "1s",
            "-jvmArgs", "-Xms1g -Xmx1g -XX:+AlwaysPreTouch"]


def score(benchmark):
    jar, _, benchmark = benchmark.rpartition(":")
    benchmark, _, param = benchmark.partition("@")
    params = ["-p", param] if param else []
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "r.json")
        command = ["java", "-jar", jar or JAR, "^io.streamz.bench." + benchmark + "$", *JMH_ARGS, *params,
                   "-rf", "json", "-rff", out]
        while True:  # another JMH run on the machine holds JMH's lock: wait for it, never run beside it
            run = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            if run.returncode == 0 or "Unable to acquire the JMH lock" not in run.stdout:
                break
            time.sleep(5)
        if run.returncode != 0:
            sys.exit(run.stdout[-4000:] + f"\n{benchmark}: JMH exited with {run.returncode}")
        with open(out) as f:
            return json.load(f)[0]["primaryMetric"]["score"]


def main(rounds, a, b):
    ratios = []
    for i in range(rounds):
        sa, sb = score(a), score(b)
        ratios.append(sa / sb)
        print(f"round {i + 1}: {a} {sa:.3f} ns, {b} {sb:.3f} ns, ratio {sa / sb:.3f}", flush=True)
    print(f"median ratio {a} / {b} over {rounds} rounds: {statistics.median(ratios):.3f} "
          f"(min {min(ratios):.3f}, max {max(ratios):.3f})")


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2], sys.argv[3])
