"""The whole crawl, end to end: a generated mirror of every site, served by a static server, crawled.

bench/make_mirror.py writes the mirror (article pages in the sites' real layouts, and
the feeds, sitemaps and listings that list them); nginx serves it on 127.0.0.1 (a small
Python server in a subprocess when nginx is not installed), and `run_crawl` crawls it
through `--mirror`, politeness delays off, in a child process of its own. Three runs
over the same pages:

  full         every item pipeline on: the real `kenews crawl`
  bare         ITEM_PIPELINES = {}: Scrapy's own ceiling with our spiders and extraction
  trafilatura  plain trafilatura (bare_extraction with metadata) over the same page files,
               no crawl at all: the extraction a crawler without our path would run

Reported: stored articles/s (wall), CPU seconds per article by stage (from
aggregator/stagetimes.py; "download, parse, engine, hand-off" is the CPU of the crawl
and of its writer process not spent in a timed stage: start-up, Scrapy, passing
items to the writer and back), peak RSS (the crawl process's and its writer's
peaks added up), database bytes per 1,000 stories. Growth with the archive is bench/growth_bench.py.

Usage: python bench/crawl_bench.py [--pages 20000] [--server nginx|python] [--trafilatura-pages 2000]
Prints a table, then one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "bench" / "out"
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

# The targets of issue 9.
TARGETS = {"articles_per_s": 100, "share_of_ceiling": 0.60, "times_trafilatura": 3.0, "peak_rss_mb": 500}
STAGES = (("download, parse, engine, hand-off", None), ("discovery", "discovery"), ("extraction", "extraction"),
          ("validate", "validate"), ("cleaning", "clean"), ("dedupe", "dedupe"), ("tagging", "tag"),
          ("storage", "store"))


# --- the mirror and its server --------------------------------------------------------

def mirror_dir(pages: int) -> Path:
    """The mirror of `pages` pages under bench/out, generated when missing."""
    import make_mirror

    folder = OUT / f"mirror-{pages}"
    if not (folder / "manifest.json").is_file():
        print(f"generating a mirror of {pages} pages in {folder} …", file=sys.stderr, flush=True)
        make_mirror.generate(folder, pages, seed=1)
    return folder


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


NGINX_CONF = """
daemon off;
master_process off;
error_log {work}/error.log warn;
pid {work}/nginx.pid;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    default_type text/html;
    types {{ application/xml xml; }}
    charset utf-8;
    charset_types text/html application/xml;
    sendfile on;
    keepalive_requests 100000;
    client_body_temp_path {work}/body;
    server {{
        listen 127.0.0.1:{port};
        root {root};
        location / {{ try_files $uri $uri/index.html =404; }}
    }}
}}
"""


class StaticServer:
    """nginx (or, without it, Python's http.server in a subprocess) serving `root` on 127.0.0.1."""

    def __init__(self, root: Path, kind: str = "auto"):
        self.root = root
        self.kind = "nginx" if kind == "nginx" or (kind == "auto" and shutil.which("nginx")) else "python"
        self.port = free_port()
        self.work = Path(tempfile.mkdtemp(prefix="kenews-static-"))
        self.process = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self):
        if self.kind == "nginx":
            conf = self.work / "nginx.conf"
            conf.write_text(NGINX_CONF.format(work=self.work, port=self.port, root=self.root.resolve()))
            command = ["nginx", "-p", str(self.work), "-c", str(conf), "-e", str(self.work / "error.log")]
        else:
            command = [sys.executable, __file__, "serve", str(self.root), str(self.port)]
        self.process = subprocess.Popen(command, stderr=subprocess.DEVNULL)
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.1).close()
                return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"the {self.kind} server did not start")

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait()
        shutil.rmtree(self.work, ignore_errors=True)


def serve(root: str, port: int) -> None:
    """The fallback static server: files under `root`, index.html for a directory, text/html by default."""
    from functools import partial
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    class Handler(SimpleHTTPRequestHandler):
        extensions_map = {"": "text/html; charset=utf-8", ".html": "text/html; charset=utf-8",
                          ".xml": "application/xml"}

        def log_message(self, *args):
            pass

    ThreadingHTTPServer(("127.0.0.1", port), partial(Handler, directory=root)).serve_forever()


# --- one crawl in a child process -----------------------------------------------------

def child_crawl(db: str, mirror: str, times: str, pipelines: bool) -> None:
    """Runs inside the child: one `kenews crawl` of every site, with stage timing on."""
    from scrapy.settings import Settings

    from aggregator.crawl import run_crawl

    project = Settings()
    project.setmodule("aggregator.settings")
    overrides = {
        "LOG_LEVEL": "ERROR",
        "KENEWS_STAGE_TIMES": times,
        "SPIDER_MIDDLEWARES": {**project.getdict("SPIDER_MIDDLEWARES"), "aggregator.stagetimes.StageTimes": 1100},
    }
    if not pipelines:
        overrides["ITEM_PIPELINES"] = {}
    result = run_crawl(None, db_path=db, mirror=mirror, overrides=overrides)
    # The crawl is two processes, this one and its writer (aggregator/writer.py), its only child.
    peaks = {"crawl": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
             "writer": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}
    print(json.dumps({"run": result.run, "peak_rss_mb": peaks}))


def crawl(db: Path, mirror_url: str, pipelines: bool = True, profile: Path | None = None) -> dict:
    """Crawl the mirror into `db` in a child process; wall and CPU time, peak RSS, stage times, run row."""
    times = db.with_suffix(".times.jsonl")
    times.unlink(missing_ok=True)
    command = [sys.executable, __file__, "child", str(db), mirror_url, str(times)]
    if not pipelines:
        command.append("--no-pipelines")
    if profile:
        command = ["py-spy", "record", "--nonblocking", "-r", "200", "-f", "speedscope" if profile.suffix == ".json"
                   else "raw", "-o", str(profile), "--", *command]
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, cwd=REPO)
    memory = MemorySampler(process.pid)
    memory.start()
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    memory.stop()
    wall = time.perf_counter() - started
    if status != 0:
        raise RuntimeError(f"the crawl child exited with status {status}")
    reported = json.loads([line for line in output.decode().splitlines() if line.startswith("{")][-1])
    run, peaks = reported["run"], reported["peak_rss_mb"]
    stages: dict[str, float] = {}
    articles = 0
    for line in times.read_text().splitlines():
        figures = json.loads(line)["stages"]
        articles += figures.pop("articles", 0)
        for key, value in figures.items():
            stages[key] = stages.get(key, 0.0) + value
    # CPU time includes the writer's (a waited-for child). Peak RSS is the two processes' peaks
    # added up, as if both came at once.
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "peak_rss_mb": peaks["crawl"] + peaks["writer"],
            "peaks": peaks, "peak_pss_mb": memory.peak_mb, "pss_peaks": memory.peaks, "articles": articles, "stages": stages, "run": run}


class MemorySampler(threading.Thread):
    """Peak physical memory of a process and its children together, sampled every 0.2 s.

    The writer is forked from the crawl, so the two share the pages of everything imported
    before: RSS counts those twice, PSS (proportional set size) once. Their PSS summed is
    the memory the crawl takes from the machine."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid = pid
        self.peak_mb = 0.0
        self.peaks: dict[str, float] = {}  # each process's own peak PSS
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.wait(0.2):
            sizes = [_pss_kb(pid) / 1024 for pid in [self.pid, *_children(self.pid)]]
            self.peak_mb = max(self.peak_mb, sum(sizes))
            for name, size in zip(("crawl", "writer"), sizes):
                self.peaks[name] = max(self.peaks.get(name, 0.0), size)

    def stop(self) -> None:
        self._done.set()
        self.join()


def _children(pid: int) -> list[int]:
    try:
        return [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def database_figures(db: Path) -> dict:
    connection = sqlite3.connect(db)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    stories = connection.execute("SELECT count(*) FROM stories").fetchone()[0]
    connection.close()
    size = db.stat().st_size
    return {"stories": stories, "bytes": size, "bytes_per_1000_stories": round(size / stories * 1000) if stories else None}


def stage_cpu(result: dict) -> dict[str, float]:
    """CPU seconds per article by stage; the untimed rest is download, parse and engine."""
    articles = max(result["articles"], 1)
    timed = {name: result["stages"].get(f"{key}/cpu", 0.0) for name, key in STAGES if key}
    rest = result["cpu"] - sum(timed.values())
    return {name: (rest if key is None else timed[name]) / articles for name, key in STAGES}


# --- plain trafilatura ----------------------------------------------------------------

def trafilatura_path(mirror: Path, pages: int) -> dict:
    """Plain trafilatura over an even sample of the mirror's article files: pages/s by wall and CPU time."""
    import trafilatura

    lines = (mirror / "pages.jsonl").read_text(encoding="utf-8").splitlines()
    step = max(1, len(lines) // pages)
    sample = [json.loads(line) for line in lines[::step]][:pages]
    documents = [((mirror / page["file"]).read_text(encoding="utf-8"), page["url"]) for page in sample]
    with_body = 0
    cpu, wall = time.process_time(), time.perf_counter()
    for html, url in documents:
        document = trafilatura.bare_extraction(html, url=url, with_metadata=True)
        with_body += bool(document and document.text)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    return {"pages": len(documents), "with_body": with_body, "wall": wall, "cpu": cpu,
            "articles_per_s": len(documents) / wall, "cpu_per_article": cpu / len(documents)}


# --- the bench ------------------------------------------------------------------------

def print_table(full: dict, bare: dict, plain: dict | None, db: dict) -> None:
    full_rate = full["run"]["stored"] / full["wall"]
    bare_rate = bare["articles"] / bare["wall"]
    print(f"{'run':<13} {'articles':>8} {'wall s':>7} {'CPU s':>7} {'art/s':>7} {'CPU ms/art':>10} {'peak RSS MB':>11}")
    print(f"{'full':<13} {full['run']['stored']:>8} {full['wall']:>7.1f} {full['cpu']:>7.1f} {full_rate:>7.1f} "
          f"{1000 * full['cpu'] / max(full['run']['stored'], 1):>10.2f} {full['peak_rss_mb']:>11.0f}")
    print(f"{'bare':<13} {bare['articles']:>8} {bare['wall']:>7.1f} {bare['cpu']:>7.1f} {bare_rate:>7.1f} "
          f"{1000 * bare['cpu'] / max(bare['articles'], 1):>10.2f} {bare['peak_rss_mb']:>11.0f}")
    if plain:
        print(f"{'trafilatura':<13} {plain['pages']:>8} {plain['wall']:>7.1f} {plain['cpu']:>7.1f} "
              f"{plain['articles_per_s']:>7.1f} {1000 * plain['cpu_per_article']:>10.2f} {'-':>11}")
    print()
    print(f"{'stage (full run)':<26} {'CPU ms/article':>14} {'share':>6}")
    per_stage = stage_cpu(full)
    total = sum(per_stage.values())
    for name, value in per_stage.items():
        print(f"{name:<26} {1000 * value:>14.3f} {value / total:>6.1%}")
    print(f"{'total':<26} {1000 * total:>14.3f}")
    pss = full["pss_peaks"]
    print(f"peak memory of the full run: {full['peak_pss_mb']:.0f} MB (PSS of both processes together; each's own peak: "
          f"crawl {pss.get('crawl', 0):.0f} MB, writer {pss.get('writer', 0):.0f} MB); "
          f"peak RSS: crawl {full['peaks']['crawl']:.0f} MB, writer {full['peaks']['writer']:.0f} MB")
    print()
    print(f"database: {db['stories']} stories, {db['bytes'] / 2**20:.1f} MB, "
          f"{db['bytes_per_1000_stories'] / 2**20:.2f} MB per 1,000 stories")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=20000, help="pages in the mirror (default 20000)")
    parser.add_argument("--server", choices=("auto", "nginx", "python"), default="auto")
    parser.add_argument("--trafilatura-pages", type=int, default=2000,
                        help="pages of the mirror plain trafilatura extracts (an even sample; default 2000)")
    parser.add_argument("--profile", type=Path, help="py-spy the full run into this file (.json: speedscope)")
    parser.add_argument("--keep", action="store_true", help="keep the databases in bench/out")
    args = parser.parse_args(argv)

    mirror = mirror_dir(args.pages)
    load_before = os.getloadavg()[0]  # other work on the machine slows the wall-clock figures
    work = Path(tempfile.mkdtemp(prefix="kenews-crawl-", dir=OUT))
    try:
        with StaticServer(mirror, args.server) as server:
            full = crawl(work / "full.db", server.url, profile=args.profile)
            bare = crawl(work / "bare.db", server.url, pipelines=False)
        db = database_figures(work / "full.db")
        plain = trafilatura_path(mirror, args.trafilatura_pages) if args.trafilatura_pages else None
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    full_rate = full["run"]["stored"] / full["wall"]
    bare_rate = bare["articles"] / bare["wall"]
    print(f"load average before the runs: {load_before:.2f} on {os.cpu_count()} CPUs")
    print(f"mirror: {args.pages} pages served by {server.kind}; crawl run {full['run']['status']}: "
          f"{full['run']['stored']} stored, {full['run']['duplicates']} duplicates, {full['run']['failed']} failed")
    print_table(full, bare, plain, db)
    figures = {
        "articles_per_s": round(full_rate, 1),
        "share_of_ceiling": round(full_rate / bare_rate, 3),
        "times_trafilatura": round(full_rate / plain["articles_per_s"], 2) if plain else None,
        "peak_rss_mb": round(full["peak_rss_mb"]),
        "peak_pss_mb": round(full["peak_pss_mb"]),
    }
    met = {
        "articles_per_s": figures["articles_per_s"] >= TARGETS["articles_per_s"],
        "share_of_ceiling": figures["share_of_ceiling"] >= TARGETS["share_of_ceiling"],
        "times_trafilatura": figures["times_trafilatura"] is not None
        and figures["times_trafilatura"] >= TARGETS["times_trafilatura"],
        "peak_rss_mb": figures["peak_rss_mb"] < TARGETS["peak_rss_mb"],
        "peak_pss_mb": figures["peak_pss_mb"] < TARGETS["peak_rss_mb"],
    }
    # On a machine shared with other work, wall time says as much about the neighbours as about
    # the crawl: the same figures per CPU second.
    full_cpu_rate = full["run"]["stored"] / full["cpu"]
    by_cpu = {
        "articles_per_cpu_s": round(full_cpu_rate, 1),
        "share_of_ceiling": round(full_cpu_rate / (bare["articles"] / bare["cpu"]), 3),
        "times_trafilatura": round(full_cpu_rate / (plain["pages"] / plain["cpu"]), 2) if plain else None,
    }
    print()
    for name, value in figures.items():
        target = TARGETS.get(name, TARGETS["peak_rss_mb"])  # the memory target judges both measures
        print(f"target {name}: {value} (target {'<' if name.startswith('peak') else '≥'} {target}): "
              f"{'met' if met[name] else 'NOT met'}")
    print(f"per CPU second: {by_cpu['articles_per_cpu_s']} articles, {by_cpu['share_of_ceiling']} of the ceiling, "
          f"{by_cpu['times_trafilatura']}× trafilatura")
    summary = {
        "bench": "crawl", "pages": args.pages, "server": server.kind, **figures, "targets": TARGETS, "met": met,
        "by_cpu": by_cpu, "load_average_before": load_before,
        "stored": full["run"]["stored"], "duplicates": full["run"]["duplicates"], "failed": full["run"]["failed"],
        "full": {"wall": round(full["wall"], 2), "cpu": round(full["cpu"], 2),
                 "peak_rss_mb": {name: round(value) for name, value in full["peaks"].items()}},
        "bare": {"articles": bare["articles"], "wall": round(bare["wall"], 2), "cpu": round(bare["cpu"], 2),
                 "articles_per_s": round(bare_rate, 1)},
        "trafilatura": {k: round(v, 4) if isinstance(v, float) else v for k, v in plain.items()} if plain else None,
        "cpu_ms_per_article": {name: round(1000 * value, 3) for name, value in stage_cpu(full).items()},
        "database": db,
    }
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["child"]:
        db_path, mirror_url, times_path = sys.argv[2:5]
        child_crawl(db_path, mirror_url, times_path, pipelines="--no-pipelines" not in sys.argv)
    elif sys.argv[1:2] == ["serve"]:
        serve(sys.argv[2], int(sys.argv[3]))
    else:
        sys.exit(main())
