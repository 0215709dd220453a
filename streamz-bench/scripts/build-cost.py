#!/usr/bin/env python3
"""What the streamz processor adds to a build: writes N @Pipeline interfaces of about six stages
each (five shapes in turn: a primitive map/filter/accumulate chain, unique and a sliding window,
a zip of two sources, buffer and delay on the event loop, flatten and partition), then compiles
them with javac, without the processor (-proc:none) and with it, in rounds (each round the build
without it, then every build with it, their order rotating from round to round), and
prints for every build with the processor the median of the round-by-round ratios to the build
without it, of CPU time (user + sys of the javac process, the figure to quote on a loaded
machine) and of wall time.

Usage, from the repository root, after `mvn -B -ntp package -DskipTests -pl streamz-processor -am`:
    python3 streamz-bench/scripts/build-cost.py [N] [RUNS] [-- extra javac options for the
        processor build, e.g. -Astreamz.twin=false]
Options before N:
    --jars DIR    take the three jars (processor, annotations, runtime) from DIR instead of the
                  modules' target directories (to compare two builds of the processor)
    --base DIR    also time the processor (and runtime) jars in DIR, in the same rounds: a paired
                  before/after comparison (e.g. DIR holding the jars of main's build)
    --options     also time each processor with -Astreamz.twin=false -Astreamz.dot=false
    --keep DIR    only write the sources into DIR and print the two javac commands (for timing
                  them with another tool); nothing is timed
"""
import glob
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

SHAPES = [
    """@Pipeline
public interface {name} {{
    @Source void emit(String line);
    @Map default int parse(String line) {{ return Integer.parseInt(line.trim()); }}
    @Filter default boolean large(int x) {{ return x > {i}; }}
    @Accumulate(start = "zero") default long total(long sum, int x) {{ return sum + x; }}
    default long zero() {{ return 0L; }}
    @Map default String show(long total) {{ return "total " + total; }}
    @Sink void out(String text);
}}
""",
    """@Pipeline
public interface {name} {{
    @Source void emit(double x);
    @Unique(history = {i}) double seen(double x);
    @SlidingWindow(3) List<Double> window(double x);
    @Map default double mean(List<Double> w) {{ return (w.get(0) + w.get(1) + w.get(2)) / 3; }}
    @Filter default boolean positive(double x) {{ return x > 0; }}
    @Sink void out(double mean);
}}
""",
    """@Pipeline
public interface {name} {{
    @Source void names(String name);
    @Source void ages(int age);
    @Map(from = "names") default String upper(String name) {{ return name.toUpperCase(); }}
    @Map(from = "ages") default int older(int age) {{ return age + {i}; }}
    @Zip(from = {{"upper", "older"}}) default String pair(String name, int age) {{ return name + ":" + age; }}
    @Sink void out(String pair);
}}
""",
    """@Pipeline
public interface {name} {{
    @Source CompletionStage<Void> emit(long x);
    @Buffer(16) long held(long x);
    @Map default long doubled(long x) {{ return 2 * x; }}
    @Delay({i}) long later(long x);
    @Map default String show(long x) {{ return Long.toString(x); }}
    @Sink void out(String text);
}}
""",
    """@Pipeline
public interface {name} {{
    @Source void emit(List<String> batch);
    @Flatten String word(List<String> batch);
    @Filter default boolean nonEmpty(String word) {{ return !word.isEmpty(); }}
    @Partition({size}) List<String> group(String word);
    @Map default int count(List<String> group) {{ return group.size() + {i}; }}
    @Sink void out(int count);
}}
""",
]

IMPORTS = """package com.acme.bench;

import io.streamz.annotations.Accumulate;
import io.streamz.annotations.Buffer;
import io.streamz.annotations.Delay;
import io.streamz.annotations.Filter;
import io.streamz.annotations.Flatten;
import io.streamz.annotations.Map;
import io.streamz.annotations.Partition;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.SlidingWindow;
import io.streamz.annotations.Source;
import io.streamz.annotations.Unique;
import io.streamz.annotations.Zip;
import java.util.List;
import java.util.concurrent.CompletionStage;

"""


def jar(directory, module):
    pattern = os.path.join(directory or os.path.join(module, "target"), module + "-*.jar")
    found = [j for j in glob.glob(pattern) if not j.endswith(("-sources.jar", "-javadoc.jar"))]
    if not found:
        sys.exit("missing " + pattern + ": run mvn -B -ntp package -DskipTests -pl streamz-processor -am first")
    return os.path.abspath(found[0])


def write_sources(root, n):
    package = os.path.join(root, "src", "com", "acme", "bench")
    os.makedirs(package)
    files = []
    for i in range(n):
        name = "P%03d" % i
        text = IMPORTS + SHAPES[i % len(SHAPES)].format(name=name, i=i + 1, size=2 + i % 3)
        path = os.path.join(package, name + ".java")
        with open(path, "w") as f:
            f.write(text)
        files.append(path)
    return files


def javac(root, jars, processor, files, extra, out):
    """The javac command, its source files in an argument file (root/out.files)."""
    classpath = os.pathsep.join([jars["annotations"], jars["runtime"]])
    command = ["javac", "-d", os.path.join(root, out), "-cp", classpath]
    if processor:
        command += ["-processorpath", jars["processor"], "-s", os.path.join(root, out + "-src"), *extra]
    else:
        command += ["-proc:none"]
    listing = os.path.join(root, out + ".files")
    with open(listing, "w") as f:
        f.write("\n".join(files) + "\n")
    return command + ["@" + listing]


def count_lines(paths):
    total = 0
    for path in paths:
        with open(path) as f:
            total += sum(1 for _ in f)
    return total


def tree(root, pattern):
    return glob.glob(os.path.join(root, "**", pattern), recursive=True)


def timed(command):
    """Wall and CPU (user + sys) seconds of running command to its end."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    subprocess.run(command, check=True)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


OPTIONS_OFF = ["-Astreamz.twin=false", "-Astreamz.dot=false"]


def variants(options, extra):
    """(label, jars directory or None, javac options) of every build with the processor to time."""
    builds = [("after" if "--base" in options else "processor", options.get("--jars"))]
    if "--base" in options:
        builds.insert(0, ("before", options["--base"]))
    out = []
    for label, directory in builds:
        out.append((label + (" " + " ".join(extra) if extra else " default"), directory, extra))
        if "--options" in options:
            out.append((label + " " + " ".join(OPTIONS_OFF), directory, extra + OPTIONS_OFF))
    return out


def clean(root, out):
    for d in (out, out + "-src"):
        shutil.rmtree(os.path.join(root, d), ignore_errors=True)
        os.makedirs(os.path.join(root, d))


def main():
    args = sys.argv[1:]
    extra = args[args.index("--") + 1:] if "--" in args else []
    args = args[:args.index("--")] if "--" in args else args
    options = {}
    while args and args[0].startswith("--"):
        if args[0] == "--options":
            options[args[0]] = True
            args = args[1:]
        else:
            options[args[0]] = args[1]
            args = args[2:]
    n = int(args[0]) if args else 100
    runs = int(args[1]) if len(args) > 1 else 7
    keep = options.get("--keep")
    root = os.path.abspath(keep) if keep else tempfile.mkdtemp(prefix="build-cost-")
    try:
        files = write_sources(root, n)
        plain = {m: jar(options.get("--jars"), "streamz-" + m) for m in ("processor", "annotations", "runtime")}
        without = javac(root, plain, False, files, [], "without")
        commands = []
        for i, (label, directory, javac_options) in enumerate(variants(options, extra)):
            jars = {m: jar(directory, "streamz-" + m) for m in ("processor", "annotations", "runtime")}
            out = "with%d" % i
            clean(root, out)
            command = javac(root, jars, True, files, javac_options, out)
            subprocess.run(command, check=True)  # once, to count what it generates
            print(f"{label}: {n} pipelines, {count_lines(files)} lines in; "
                  f"{count_lines(tree(os.path.join(root, out + '-src'), '*.java'))} generated lines, "
                  f"{len(tree(os.path.join(root, out), '*.class'))} classes")
            commands.append((label, out, command))
        if keep:
            for label, _, command in commands:
                print(label + ": " + " ".join(command))
            print("without: " + " ".join(without))
            return
        clean(root, "without")
        timed(without)  # warm-up (file cache)
        times = {label: [] for label, _, _ in commands}
        for r in range(runs):
            clean(root, "without")
            base = timed(without)
            for label, out, command in commands[r % len(commands):] + commands[:r % len(commands)]:
                clean(root, out)
                times[label].append((timed(command), base))
        print(f"load average at the end: {os.getloadavg()[0]:.1f}; {runs} rounds, medians")
        for label, pairs in times.items():
            cpu = statistics.median(a[1] / b[1] for a, b in pairs)
            wall = statistics.median(a[0] / b[0] for a, b in pairs)
            print(f"{label}: CPU {statistics.median(a[1] for a, _ in pairs):.2f} s / "
                  f"{statistics.median(b[1] for _, b in pairs):.2f} s = {cpu:.2f}x; "
                  f"wall {statistics.median(a[0] for a, _ in pairs):.2f} s / "
                  f"{statistics.median(b[0] for _, b in pairs):.2f} s = {wall:.2f}x")
    finally:
        if not keep:
            shutil.rmtree(root)


if __name__ == "__main__":
    main()
