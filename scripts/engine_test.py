#!/usr/bin/env python3
"""The map step as a real engine runs it, then `extract merge`, against one run over the corpus.

Usage (from the project root, after `npm run build`):  npm run engine-test  [-- --docs N]
(--skip-missing: exit 0 with a note when ../shared/corpus is not there, as in CI on a bare clone.)

Builds a corpus of news from ../shared/corpus (2,400 documents by default) as JSON Lines, plants a
bad record (a line encoded twice) as the first line of one partition, and splits it into 16
partitions, three of them empty. Each partition is piped to `extract - --input jsonl -f ndjson
--no-summary` exactly as Spark's RDD.pipe does: each element written as a line to the process's
standard input, its standard output read back as lines, an empty environment, the exit code
ignored. Engines:

  - pipe: the partitions run on a pool of 4 processes and are written as part-00000, part-00001…
    (Hadoop's and Spark's names);
  - dask: a Dask bag of the same partitions, map_partitions(pipe), written by to_textfiles as
    0.part, 1.part… (Dask's names); run when Python's dask is installed (apt-get install
    python3-dask python3-distributed, or pip install dask), else reported as skipped.

Each engine's parts are merged with `extract merge PARTS -f json` and compared with `extract
corpus.jsonl -f json`: every document equal (its `source` aside: `-:LINE` in a partition,
`corpus.jsonl:LINE` in one run), the summary equal (failed inputs compared by code and message),
and the bad record listed in summary.documents.failed. Exit 0 when every engine that ran passed.
"""
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "bin", "extract.js")
CORPUS = [os.path.join(ROOT, "..", "shared", "corpus", name) for name in ("bbc.jsonl", "reuters21578.jsonl")]
PARTITIONS = 16
EMPTY = {3, 9, 15}
MAP_COMMAND = ["-", "--input", "jsonl", "-f", "ndjson", "--no-summary"]


def corpus(n):
    """n records {"id", "text", "date"?, "title"?}, half from each corpus file, as JSON lines."""
    lines = []
    for path in CORPUS:
        if not os.path.exists(path):
            message = f"engine-test: {path} not found: the corpus lives in ../shared beside the project"
            if "--skip-missing" in sys.argv:
                print(message + " (skipped)")
                sys.exit(0)
            sys.exit(message)
        with open(path, encoding="utf-8") as f:
            for i, line in enumerate(f):
                if i >= n // 2:
                    break
                rec = json.loads(line)
                out = {"id": str(rec["id"]), "text": rec["text"]}
                for k in ("date", "title"):
                    if rec.get(k):
                        out[k] = rec[k]
                lines.append(json.dumps(out, ensure_ascii=False))
    return lines


def partitions(lines):
    """PARTITIONS lists of lines, those in EMPTY empty, and the bad record first in the second one."""
    full = [p for p in range(PARTITIONS) if p not in EMPTY]
    parts = [[] for _ in range(PARTITIONS)]
    size = -(-len(lines) // len(full))
    for k, p in enumerate(full):
        parts[p] = lines[k * size:(k + 1) * size]
    bad = json.dumps(parts[full[1]][0])  # the record encoded twice: a JSON string, not an object
    parts[full[1]].insert(0, bad)
    return parts, bad


def executable(tmp):
    """`extract` as an install gives it: a command that needs no PATH (engines pass none)."""
    path = os.path.join(tmp, "extract")
    with open(path, "w") as f:
        f.write(f'#!/bin/sh\nexec "{shutil.which("node") or sys.exit("engine-test: node not found")}" "{BIN}" "$@"\n')
    os.chmod(path, os.stat(path).st_mode | stat.S_IEXEC)
    return path


def pipe(command, lines):
    """Spark's RDD.pipe: elements in as lines, output lines back, empty environment, exit code ignored."""
    data = "".join(line + "\n" for line in lines).encode("utf-8")
    done = subprocess.run(command, input=data, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env={})
    return [line for line in done.stdout.decode("utf-8").split("\n") if line]


def run_pipe_engine(command, parts, out):
    os.makedirs(out)
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda p: pipe(command, p), parts))
    for k, lines in enumerate(results):
        with open(os.path.join(out, f"part-{k:05d}"), "w", encoding="utf-8") as f:
            f.write("".join(line + "\n" for line in lines))
    open(os.path.join(out, "_SUCCESS"), "w").close()


def run_dask_engine(command, parts, out):
    import dask
    import dask.bag as db

    bag = db.from_delayed([dask.delayed(list)(p) for p in parts])
    bag.map_partitions(lambda p: pipe(command, list(p))).to_textfiles(os.path.join(out, "*.part"), scheduler="processes", num_workers=4)


def extract_json(args):
    done = subprocess.run(["node", BIN, *args, "-f", "json", "-q"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    return json.loads(done.stdout), done.stderr.decode("utf-8").strip().split("\n")


def comparable(result):
    docs = sorted(({k: v for k, v in d.items() if k != "source"} for d in result["documents"]), key=lambda d: d["id"])
    summary = dict(result["summary"])
    summary["documents"] = dict(summary["documents"])
    summary["documents"]["failed"] = sorted((f["code"], f["message"]) for f in summary["documents"]["failed"])
    return docs, summary


def main():
    n = int(sys.argv[sys.argv.index("--docs") + 1]) if "--docs" in sys.argv else 2400
    tmp = tempfile.mkdtemp(prefix="extract-engine-")
    lines = corpus(n)
    parts, bad = partitions(lines)
    whole = os.path.join(tmp, "corpus.jsonl")
    with open(whole, "w", encoding="utf-8") as f:
        f.write("".join(line + "\n" for p in parts for line in p))
    command = [executable(tmp), *MAP_COMMAND]
    single, _ = extract_json([whole])
    want = comparable(single)
    print(f"engine-test: {len(lines)} documents and 1 bad record in {PARTITIONS} partitions ({len(EMPTY)} empty); one run: "
          f"{len(single['documents'])} documents, {len(single['summary']['documents']['failed'])} failed")

    engines = [("pipe", run_pipe_engine)]
    try:
        import dask  # noqa: F401

        engines.append(("dask", run_dask_engine))
    except ImportError:
        print("engine-test: dask: skipped (not installed: apt-get install python3-dask python3-distributed, or pip install dask)")

    ok = True
    for name, run in engines:
        out = os.path.join(tmp, f"parts-{name}")
        run(command, parts, out)
        names = sorted(os.listdir(out))
        merged, notes = extract_json(["merge", out])
        got = comparable(merged)
        failed = merged["summary"]["documents"]["failed"]
        checks = {
            "documents equal": got[0] == want[0],
            "summary equal": got[1] == want[1],
            "bad record listed as failed": len(failed) == 1 and "encoded twice" in failed[0]["message"],
            "nothing else lost": len(merged["documents"]) == len(lines),
        }
        passed = all(checks.values())
        ok &= passed
        print(f"engine-test: {name}: {len(names)} files ({', '.join(names[:3])}…); {notes[-1].removeprefix('extract: ')}")
        print(f"engine-test: {name}: " + "; ".join(f"{k}: {'yes' if v else 'NO'}" for k, v in checks.items()) + (" -> PASS" if passed else " -> FAIL"))
    shutil.rmtree(tmp, ignore_errors=True)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
