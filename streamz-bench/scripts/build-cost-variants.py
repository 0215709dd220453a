#!/usr/bin/env python3
"""What a change of generated code would save, before building it: takes the interfaces and the
generated sources `build-cost.py --keep DIR N 1` wrote, rewrites the generated sources as a
candidate change would (see VARIANTS), and compiles the interfaces with each variant's sources
with `javac -proc:none -Xlint:all`, in rounds (each round the interfaces alone first, then every
variant, their order rotating from round to round); prints per variant the median of the
round-by-round CPU (user + sys) and wall ratios to the interfaces alone, and its line count.
The processor is not run: the ratios are what compiling the generated code costs, to compare
with each other (the processor's own overhead comes on top; build-cost.py measures it).

Usage, from the repository root, after `mvn -B -ntp package -DskipTests -pl streamz-processor -am`:
    python3 streamz-bench/scripts/build-cost.py --keep DIR 100 1
    python3 streamz-bench/scripts/build-cost-variants.py [--jars JARS] DIR ROUNDS VARIANT[+VARIANT...]...
    e.g. build-cost-variants.py /tmp/keep 5 as-is no-twin no-twin+no-try
--jars JARS takes the annotations and runtime jars from JARS instead of the modules' target
directories (e.g. a copy, while a build rewrites them).
"""
import glob
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time


def no_twin(text):
    """Without the nested Interpreted class; buildInterpreted() returns build()."""
    start = text.find("    /**\n     * The interpreted twin of the fused class")
    if start < 0:
        return text
    return (text[:start].rstrip() + "\n}\n").replace("return new Interpreted(this);", "return build();")


def no_try(text):
    """Each stage's try/catch around user code replaced by the code it guards."""
    lines = text.split("\n")
    out = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.strip() == "try {":
            indent = line[: len(line) - len(line.lstrip())]
            end = i + 1
            while lines[end] != indent + "} catch (Throwable e) {":
                end += 1
            if "Failures.rethrow" in lines[end + 1]:
                out += [guarded[4:] for guarded in lines[i + 1:end]]
                i = end + 3
                continue
        out.append(line)
        i += 1
    return "\n".join(out)


def no_javadoc(text):
    """Without any javadoc comment."""
    return re.sub(r"\n *?/\*\*.*?\*/", "", text, flags=re.S)


def twin_without_witnesses(text):
    """The twin's Named.<A, B>function(...) calls without their explicit type arguments."""
    start = text.find("    private static final class Interpreted")
    if start < 0:
        return text
    twin = re.sub(r"Named\.<[^()]*?>(function|predicate|biFunction|consumer)\(", r"Named.\1(", text[start:])
    return text[:start] + twin


VARIANTS = {
    "as-is": lambda text: text,
    "no-twin": no_twin,
    "no-try": no_try,
    "no-javadoc": no_javadoc,
    "twin-without-witnesses": twin_without_witnesses,
}


def jars(directory):
    found = {}
    for module in ("annotations", "runtime"):
        pattern = os.path.join(directory or os.path.join("streamz-" + module, "target"), "streamz-" + module + "-*.jar")
        matches = [j for j in glob.glob(pattern) if not j.endswith(("-sources.jar", "-javadoc.jar"))]
        if not matches:
            sys.exit("missing " + pattern)
        found[module] = os.path.abspath(matches[0])
    return found


def timed(command):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    result = subprocess.run(command, capture_output=True, text=True)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0 or result.stderr.strip():
        sys.exit("javac failed or warned:\n" + result.stderr[:4000])
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall


def main():
    args = sys.argv[1:]
    directory = None
    if args[0] == "--jars":
        directory, args = args[1], args[2:]
    root, rounds, names = os.path.abspath(args[0]), int(args[1]), args[2:]
    interfaces = sorted(glob.glob(os.path.join(root, "src", "**", "*.java"), recursive=True))
    generated = sorted(glob.glob(os.path.join(root, "with0-src", "**", "*.java"), recursive=True))
    if not interfaces or not generated:
        sys.exit("no sources in " + root + ": run build-cost.py --keep " + root + " N 1 first")
    classpath = os.pathsep.join(jars(directory).values())
    work = os.path.join(root, "variants")
    shutil.rmtree(work, ignore_errors=True)
    files = {}
    for name in names:
        directory = os.path.join(work, name)
        os.makedirs(directory)
        files[name] = []
        for source in generated:
            text = open(source).read()
            for step in name.split("+"):
                text = VARIANTS[step](text)
            path = os.path.join(directory, os.path.basename(source))
            with open(path, "w") as f:
                f.write(text)
            files[name].append(path)
    out = os.path.join(work, "classes")

    def javac(extra):
        shutil.rmtree(out, ignore_errors=True)
        os.makedirs(out)
        return ["javac", "-d", out, "-cp", classpath, "-proc:none", "-Xlint:all", *interfaces, *extra]

    timed(javac([]))  # warm-up (file cache)
    pairs = {name: [] for name in names}
    for r in range(rounds):
        base = timed(javac([]))
        for name in names[r % len(names):] + names[:r % len(names)]:
            pairs[name].append((timed(javac(files[name])), base))
    print(f"load average at the end: {os.getloadavg()[0]:.1f}; {rounds} rounds, medians; "
          f"interfaces alone: CPU {statistics.median(b[0] for _, b in pairs[names[0]]):.2f} s")
    for name in names:
        lines = sum(sum(1 for _ in open(path)) for path in files[name])
        cpu = statistics.median(a[0] / b[0] for a, b in pairs[name])
        wall = statistics.median(a[1] / b[1] for a, b in pairs[name])
        print(f"{name}: {lines} generated lines; CPU {cpu:.2f}x, wall {wall:.2f}x")


if __name__ == "__main__":
    main()
