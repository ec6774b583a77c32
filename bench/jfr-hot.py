#!/usr/bin/env python3
"""Where a flight recording's CPU samples went: bench/jfr-hot.py <file.jfr> [prefix...]

Prints the methods most often on top of the stack (self time) and the frames most often anywhere
on it (total time), as a share of all execution samples. With prefixes (e.g. se.egalleria
org.eclipse.persistence), the total-time list keeps only frames starting with one of them.
"""
import collections
import re
import subprocess
import sys

FRAME = re.compile(r"^\s+([\w$.<>]+)\(.*\)\s+line:")


def samples(path):
    text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "128", path],
                          check=True, capture_output=True, text=True).stdout
    stack = None
    for line in text.splitlines():
        if line.strip().startswith("stackTrace = ["):
            stack = []
        elif stack is not None and line.strip() == "]":
            yield stack
            stack = None
        elif stack is not None:
            m = FRAME.match(line)
            if m:
                stack.append(m.group(1))


def main():
    path, prefixes = sys.argv[1], tuple(sys.argv[2:])
    self_counts, total_counts, n = collections.Counter(), collections.Counter(), 0
    for stack in samples(path):
        n += 1
        if stack:
            self_counts[stack[0]] += 1
        for frame in set(stack):
            if not prefixes or frame.startswith(prefixes):
                total_counts[frame] += 1
    print(f"{n} samples in {path}\n\nself time")
    for frame, count in self_counts.most_common(25):
        print(f"{100 * count / n:5.1f} %  {frame}")
    print("\ntotal time" + (f" ({', '.join(prefixes)})" if prefixes else ""))
    for frame, count in total_counts.most_common(50):
        print(f"{100 * count / n:5.1f} %  {frame}")


if __name__ == "__main__":
    main()
