#!/usr/bin/env python3
"""Turns runs.tsv (and serve-latency.tsv, when there) into the Markdown table of results.md."""

import argparse
import csv
import datetime
import os
import platform
import statistics
import subprocess
from pathlib import Path


def first_line(command):
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return "not available"
    text = (result.stdout + result.stderr).strip()
    return text.splitlines()[0].replace("\x1b[1m", "").replace("\x1b[m", "") if text else "not available"


def memory_gib():
    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            kb = int(meminfo.readline().split()[1])
        return f"{kb / 1024 / 1024:.1f} GiB RAM"
    except (OSError, ValueError, IndexError):
        return "RAM unknown"


def read_runs(path):
    with open(path, encoding="utf-8") as runs:
        return list(csv.DictReader(runs, delimiter="\t"))


def ok(run):
    return run["exit"] == "0"


class Medians:
    """Median wall time, CPU time and peak RSS of the successful timed runs, per tool, corpus and size.
    A group with a failed run has no median: a failure is never averaged away."""

    def __init__(self, runs):
        self.groups = {}
        for run in runs:
            if run["phase"] == "timed":
                self.groups.setdefault((run["tool"], run["corpus"], int(run["documents"])), []).append(run)

    def runs(self, tool, corpus, n):
        return self.groups.get((tool, corpus, n), [])

    def _median(self, tool, corpus, n, value):
        group = self.runs(tool, corpus, n)
        good = [value(r) for r in group if ok(r)]
        return statistics.median(good) if good and len(good) == len(group) else None

    def wall(self, tool, corpus, n):
        return self._median(tool, corpus, n, lambda r: float(r["wall_s"]))

    def cpu(self, tool, corpus, n):
        return self._median(tool, corpus, n, lambda r: float(r["cpu_s"]))

    def rss_mib(self, tool, corpus, n):
        return self._median(tool, corpus, n, lambda r: int(r["peak_rss_kb"]) / 1024)


def ratio_row(label, numerator, denominator, target, limit):
    if numerator is None or denominator is None:
        return f"| {label} | not measured | {target} | — |"
    value = numerator / denominator
    met = "—" if limit is None else ("yes" if value <= limit else "**no**")
    return f"| {label} | {value:.2f} | {target} | {met} |"


def serve_row(path):
    label = "serve: edit → updated page, median of the edits"
    if path is None or not path.is_file():
        return f"| {label} | not measured | ≤ 300 ms | — |"
    with open(path, encoding="utf-8") as tsv:
        rows = list(csv.DictReader(tsv, delimiter="\t"))
    latencies = [float(r["latency_ms"]) for r in rows if r["latency_ms"] not in ("", "timeout")]
    if not latencies or len(latencies) != len(rows):
        return f"| {label} | not measured ({len(rows) - len(latencies)} of {len(rows)} edits timed out) | ≤ 300 ms | **no** |"
    value = statistics.median(latencies)
    return f"| {label} ({len(rows)} edits) | {value:.0f} ms | ≤ 300 ms | {'yes' if value <= 300 else '**no**'} |"


TOOLS = ("hugo", "isms", "isms-base", "floor")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("runs", type=Path)
    parser.add_argument("--serve", type=Path, help="serve-latency.tsv of this run, if serve was measured")
    parser.add_argument("--runs", dest="count", type=int, required=True)
    parser.add_argument("--warmup", type=int, required=True)
    parser.add_argument("--seed", required=True)
    parser.add_argument("--isms", required=True, help="whether the plugin was timed")
    parser.add_argument("--base", help="the commit whose plugin was timed as isms-base")
    args = parser.parse_args()

    runs = read_runs(args.runs)
    medians = Medians(runs)
    corpora = list(dict.fromkeys(r["corpus"] for r in runs))
    sizes = sorted({int(r["documents"]) for r in runs if r["tool"] in ("hugo", "isms")})
    small, large = (sizes[0], sizes[-1]) if sizes else (0, 0)
    loads = [float(r["load1"]) for r in runs if r.get("load1")]

    out = ["# Benchmark results", ""]
    out.append(f"Measured {datetime.date.today()} on {os.cpu_count()} CPU cores, {memory_gib()}, "
               f"{platform.system()} {platform.release()}.")
    out.append(f"Hugo: {first_line(['hugo', 'version'])}. Maven: {first_line(['mvn', '-v'])}. "
               f"Java: {first_line(['java', '-version'])}. isms-maven-plugin: {args.isms}"
               + (f"; isms-base is the plugin of commit {args.base}" if args.base else "") + ".")
    if loads:
        out.append(f"The one-minute load average was {min(loads):g}–{max(loads):g} before the runs "
                   f"({os.cpu_count()} cores).")
    out.append(f"Each tool: {args.count} timed runs per corpus and size, the tools alternating, after {args.warmup} "
               f"warm-up run(s); each run end to end from a clean output folder, wall time and peak RSS "
               f"from `/usr/bin/time -v` (for isms, Maven's JVM). `floor` is `mvn validate` of an empty project "
               f"(Maven's own start-up), timed beside the smallest size. Corpus seed `{args.seed}`; corpora: "
               f"synthetic (generated policy sentences), prose (sentences of the State of the Union addresses).")
    out += ["", "## Medians", "",
            "| corpus | documents | tool | successful runs | median wall (s) | median CPU user+sys (s) "
            "| median peak RSS (MiB) | HTML pages |",
            "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |"]
    for corpus in corpora:
        for n in sizes:
            for tool in TOOLS:
                group = medians.runs(tool, corpus, n)
                if not group:
                    continue
                wall, cpu = medians.wall(tool, corpus, n), medians.cpu(tool, corpus, n)
                rss = medians.rss_mib(tool, corpus, n)
                good = sum(1 for r in group if ok(r))
                pages = statistics.median(int(r["pages"]) for r in group)
                out.append(f"| {corpus} | {n} | {tool} | {good} of {len(group)} | "
                           f"{'%.2f' % wall if wall is not None else 'failed'} | "
                           f"{'%.2f' % cpu if cpu is not None else 'failed'} | "
                           f"{'%.0f' % rss if rss is not None else 'failed'} | {pages:.0f} |")

    out += ["", "## Ratios and targets", "", "| measure | value | target | met |", "| --- | ---: | --- | --- |"]
    for corpus in corpora:
        m = lambda what, tool, n: getattr(medians, what)(tool, corpus, n)  # noqa: E731
        out.append(ratio_row(f"{corpus}: isms / hugo median wall time, {large} documents", m("wall", "isms", large),
                             m("wall", "hugo", large), "≤ 1.5 (goal ≤ 1.0)", 1.5))
        out.append(ratio_row(f"{corpus}: isms / hugo median CPU time, {large} documents", m("cpu", "isms", large),
                             m("cpu", "hugo", large), "(for reference)", None))
        out.append(ratio_row(f"{corpus}: isms / hugo median peak RSS, {large} documents",
                             m("rss_mib", "isms", large), m("rss_mib", "hugo", large), "≤ 1.0", 1.0))
        if medians.runs("isms-base", corpus, large):
            out.append(ratio_row(f"{corpus}: isms / isms-base median wall time, {large} documents",
                                 m("wall", "isms", large), m("wall", "isms-base", large), "≤ 0.5", 0.5))
            out.append(ratio_row(f"{corpus}: isms / isms-base median CPU time, {large} documents",
                                 m("cpu", "isms", large), m("cpu", "isms-base", large), "(for reference)", None))
        if medians.runs("floor", corpus, small):
            out.append(ratio_row(f"{corpus}: isms ({small} documents) / Maven's floor, median wall time",
                                 m("wall", "isms", small), m("wall", "floor", small), "≤ 2.0", 2.0))
            if medians.runs("isms-base", corpus, small):
                out.append(ratio_row(f"{corpus}: isms-base ({small} documents) / Maven's floor, median wall time",
                                     m("wall", "isms-base", small), m("wall", "floor", small), "(for reference)",
                                     None))
        for lower in sizes[:-1]:
            if large >= 10 * lower:
                limit = 1.1 * large / lower
                out.append(ratio_row(f"{corpus}: isms time {large} / time {lower} documents",
                                     m("wall", "isms", large), m("wall", "isms", lower), f"≤ {limit:g}", limit))
                out.append(ratio_row(f"{corpus}: hugo time {large} / time {lower} documents",
                                     m("wall", "hugo", large), m("wall", "hugo", lower), "(for reference)", None))
                break
        xmx = [r for r in runs if r["tool"] == "isms-xmx512m" and r["corpus"] == corpus]
        if xmx:
            r = xmx[-1]
            verdict = (f"succeeded in {float(r['wall_s']):.2f} s, peak RSS {int(r['peak_rss_kb']) / 1024:.0f} MiB"
                       if ok(r) else f"failed (exit {r['exit']}, see logs/isms-xmx512m-{corpus}-{r['documents']}-timed-1.log)")
            out.append(f"| {corpus}: isms, {r['documents']} documents, MAVEN_OPTS=-Xmx512m | {verdict} | succeeds | "
                       f"{'yes' if ok(r) else '**no**'} |")
    out.append(serve_row(args.serve))

    out += ["", "## All runs", "",
            "Load is the one-minute load average just before the run; far above the core count, wall times are noisy.",
            "", "| tool | corpus | documents | phase | run | wall (s) | CPU (s) | peak RSS (MiB) | exit | HTML pages | load |",
            "| --- | --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for r in runs:
        rss = int(r["peak_rss_kb"]) / 1024 if r["peak_rss_kb"] else 0
        out.append(f"| {r['tool']} | {r['corpus']} | {r['documents']} | {r['phase']} | {r['run']} | {r['wall_s']} | "
                   f"{r['cpu_s']} | {rss:.0f} | {r['exit']} | {r['pages']} | {r['load1']} |")
    print("\n".join(out))


if __name__ == "__main__":
    main()
