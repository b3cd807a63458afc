"""HTTP benchmark: gunicorn with production settings, a load generator over real connections.

It makes a fresh PostgreSQL database, fills it with `seed_demo --associations N` (4,000, the
region; `--big` for 100,000), runs `VACUUM ANALYZE`, starts gunicorn (2 workers, DEBUG off,
Redis as the shared cache, searches not rate limited; see `bench/probe.py --serve`) and measures
each page variant next to the trivial view `/healthz`:

- **warm**: wrk (Debian's `wrk` package) with keep-alive connections for `--seconds`, after one
  request that fills the caches: throughput, median and p99, and throughput as a share of the
  trivial view's. Requests say `Accept-Encoding: gzip`, as browsers do.
- **cold**: `--cold` sequential requests on one keep-alive connection, the shared cache emptied
  (Redis `FLUSHDB`) before each, so every request renders the page and counts the facets:
  median and p99.

    apt-get install -y wrk
    .venv/bin/python bench/throughput.py                     # 4,000 associations
    .venv/bin/python bench/throughput.py --big               # 100,000 (seeding takes minutes)

Environment: BENCH_ADMIN_URL (PostgreSQL, default postgres://postgres@127.0.0.1:5432/postgres),
BENCH_REDIS_URL (default redis://127.0.0.1:6379/15, emptied by the run). Output: a Markdown
table on standard output; docs/benchmarks.md records the results.
"""

from __future__ import annotations

import argparse
import datetime
import http.client
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import probe  # (gunicorn start and stop, shared with the hostile-input probe)

ROOT = Path(__file__).resolve().parent.parent
ADMIN_URL = os.environ.get("BENCH_ADMIN_URL", "postgres://postgres@127.0.0.1:5432/postgres")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/15")
DATABASE = "paijat_bench_http"

VARIANTS = {
    "trivial view (/healthz)": "/healthz",
    "directory, no filters": "/yhdistykset/",
    "directory, two facets": "/yhdistykset/?theme=mielen-hyvinvointi&municipality=lahti",
    "directory, search term": "/yhdistykset/?q=mielenterveys",
    "directory, search + facet, page 2": "/yhdistykset/?q=yhdistys&municipality=lahti&page=2",
    "services": "/palvelut/",
    "events": "/tapahtumat/",
    "news": "/uutiset/",
    "home page": "/",
}


def database_url() -> str:
    return ADMIN_URL.rsplit("/", 1)[0] + f"/{DATABASE}"


def prepare(size: int) -> float:
    """A fresh database with `size` associations; returns the seconds seeding took."""
    import psycopg

    with psycopg.connect(ADMIN_URL, autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
        connection.execute(f"CREATE DATABASE {DATABASE}")
    env = {**os.environ, "DEBUG": "true", "DATABASE_URL": database_url()}
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "-v0"], env=env, check=True, cwd=ROOT)
    started = time.perf_counter()
    subprocess.run(
        [*manage, "seed_demo", "--force", "--associations", str(size)],
        env=env, check=True, cwd=ROOT, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    seeded = time.perf_counter() - started
    with psycopg.connect(database_url(), autocommit=True) as connection:
        connection.execute("VACUUM ANALYZE")
    return seeded


def flush_cache() -> None:
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()


def wrk(base: str, path: str, seconds: int, connections: int) -> dict:
    """Throughput and latency percentiles from one wrk run."""
    output = subprocess.run(
        ["wrk", "--latency", "-t", "2", "-c", str(connections), "-d", f"{seconds}s",
         "-H", "Accept-Encoding: gzip", f"{base}{path}"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    units = {"us": 0.001, "ms": 1.0, "s": 1000.0}

    def latency(label: str) -> float:
        value, unit = re.search(rf"^\s*{label}%\s+([\d.]+)(us|ms|s)\s*$", output, re.M).groups()
        return float(value) * units[unit]

    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "median": latency("50"),
        "p99": latency("99"),
        "errors": int(non_2xx.group(1)) if non_2xx else 0,
    }


def cold(host: str, port: int, path: str, requests: int) -> dict:
    """Sequential requests, each on an emptied cache, over one keep-alive connection."""
    connection = http.client.HTTPConnection(host, port, timeout=60)
    times, sizes = [], []
    for _ in range(requests):
        flush_cache()
        started = time.perf_counter()
        connection.request("GET", path, headers={"Accept-Encoding": "gzip"})
        response = connection.getresponse()
        body = response.read()
        times.append((time.perf_counter() - started) * 1000)
        if response.status != 200:
            raise SystemExit(f"{path}: {response.status}")
        sizes.append(len(body))
    connection.close()
    times.sort()
    return {
        "median": statistics.median(times),
        "p99": times[min(len(times) - 1, int(len(times) * 0.99))],
        "bytes": sizes[-1],
    }


def machine() -> str:
    cores = os.cpu_count()
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    load = " ".join(f"{value:.1f}" for value in os.getloadavg())
    return (
        f"{platform.node()}, {cores} cores, {memory:.0f} GiB, Linux {platform.release()}, "
        f"Python {platform.python_version()}, load average at the end {load}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--associations", type=int, default=4000)
    parser.add_argument("--big", action="store_true", help="100,000 associations")
    parser.add_argument("--seconds", type=int, default=10, help="wrk duration per variant")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--cold", type=int, default=20, help="cold requests per variant")
    parser.add_argument("--port", type=int, default=8198)
    parser.add_argument("--keep", action="store_true", help="reuse the database as it is")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is missing: apt-get install -y wrk")
    size = 100_000 if args.big else args.associations
    if not args.keep:
        print(f"Seeding {size} associations…", file=sys.stderr, flush=True)
        seeded = prepare(size)
        print(f"seed_demo took {seeded:.0f} s", file=sys.stderr, flush=True)
    os.environ.update(DATABASE_URL=database_url(), REDIS_URL=REDIS_URL)
    flush_cache()
    server, static = probe.serve(args.port)
    base = f"http://127.0.0.1:{args.port}"
    rows = []
    try:
        for label, path in VARIANTS.items():
            print(f"{label}…", file=sys.stderr, flush=True)
            cold_result = cold("127.0.0.1", args.port, path, args.cold)
            probe.fetch(base, "GET", path, timeout=60)  # fill the caches
            rows.append((label, path, wrk(base, path, args.seconds, args.connections), cold_result))
    finally:
        probe.stop(server)
        static.cleanup()
    trivial = rows[0][2]["rps"]
    print(f"\n{size:,} associations, {datetime.date.today():%d %B %Y}; {machine()}\n")
    print("| variant | warm req/s | × trivial | warm median ms | warm p99 ms "
          "| cold median ms | cold p99 ms | gzip bytes |")  # fmt: skip
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for label, _path, warm, cold_result in rows:
        errors = f" ({warm['errors']} non-2xx)" if warm["errors"] else ""
        print(
            f"| {label} | {warm['rps']:,.0f}{errors} | {warm['rps'] / trivial:.0%} "
            f"| {warm['median']:.1f} | {warm['p99']:.1f} "
            f"| {cold_result['median']:.1f} | {cold_result['p99']:.1f} | {cold_result['bytes']:,} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
