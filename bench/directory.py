"""Benchmark the directory page at the region's scale and at national scale.

For each size it makes a fresh PostgreSQL database, fills it with `seed_demo`, then times the
server (Django's full request handling, in-process, no network) for the directory with no
filters, with two facets and with a search term, next to the trivial `/healthz` view.

    .venv/bin/python bench/directory.py                      # 4,000 and 100,000 associations
    .venv/bin/python bench/directory.py --sizes 4000 --requests 30

Results go to standard output as a Markdown table; docs/benchmarks.md records them.
"""

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ADMIN_URL = os.environ.get("BENCH_ADMIN_URL", "postgres://postgres@127.0.0.1:5432/postgres")
# Its own name per checkout if several run at once (BENCH_DATABASE=paijat_bench_search).
DATABASE = os.environ.get("BENCH_DATABASE", "paijat_bench")
STATIC_ROOT = Path(tempfile.gettempdir()) / "paijat-bench-static"
VARIANTS = {
    "trivial view (/healthz)": "/healthz",
    "directory, no filters": "/yhdistykset/",
    "directory, two facets": "/yhdistykset/?theme=mielen-hyvinvointi&municipality=lahti",
    "directory, search term": "/yhdistykset/?q=mielenterveys",
    "directory, search + facet, page 2": "/yhdistykset/?q=yhdistys&municipality=lahti&page=2",
    # Issue #13: a synonym, an abbreviation, a typo inside a compound, and /haku/.
    "directory, synonym (ikäihmisille)": "/yhdistykset/?q=ik%C3%A4ihmisille",
    "directory, abbreviation (vpk)": "/yhdistykset/?q=vpk",
    "directory, typo in a compound (mielenteveys)": "/yhdistykset/?q=mielenteveys",
    "search everything (/haku/, vertaistuki)": "/haku/?q=vertaistuki",
}


def database_url() -> str:
    return ADMIN_URL.rsplit("/", 1)[0] + f"/{DATABASE}"


def environment() -> dict:
    return {
        **os.environ,
        "DATABASE_URL": database_url(),
        "DEBUG": "false",
        "SECRET_KEY": "benchmark-only-key-0123456789-abcdefghijklmnopqrstuvwxyz",
        "ALLOWED_HOSTS": "testserver",
        "SECURE_SSL_REDIRECT": "false",
        # The per-address search limit would answer most timed searches with a 429.
        "SEARCHES_PER_MINUTE": "0",
        # Production settings serve hashed static files, so collectstatic runs first.
        "STATIC_ROOT": str(STATIC_ROOT),
    }


def prepare(size: int) -> float:
    """A fresh database with `size` associations; returns the seconds seeding took."""
    import psycopg

    with psycopg.connect(ADMIN_URL, autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
        connection.execute(f"CREATE DATABASE {DATABASE}")
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "-v0"], env=environment(), check=True, cwd=ROOT)
    subprocess.run(
        [*manage, "collectstatic", "--noinput", "-v0"], env=environment(), check=True, cwd=ROOT
    )
    started = time.perf_counter()
    subprocess.run(
        [*manage, "seed_demo", "--force", "--associations", str(size)],
        env=environment(),
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    seeded = time.perf_counter() - started
    subprocess.run(
        [*manage, "dbshell", "--", "-c", "VACUUM ANALYZE"], env=environment(), check=True, cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    return seeded


def measure(requests: int) -> dict[str, tuple[float, float]]:
    """Median and 95th percentile milliseconds of each variant, with the facet counts cached
    (warm) and with an empty cache before every request (cold), in a child process."""
    code = f"""
import json, statistics, time, django
django.setup()
from django.core.cache import cache
from django.test import Client
client = Client()

def timed(path, cold):
    times = []
    for _ in range({requests}):
        if cold:
            cache.clear()
        started = time.perf_counter()
        client.get(path)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[max(int(len(times) * 0.95) - 1, 0)]

results = {{}}
for label, path in {VARIANTS!r}.items():
    for _ in range(3):
        assert client.get(path).status_code == 200, path
    results[label] = timed(path, cold=False) + timed(path, cold=True)
print(json.dumps(results))
"""
    process = subprocess.run(
        [sys.executable, "-c", code],
        env={**environment(), "DJANGO_SETTINGS_MODULE": "paijat.settings"},
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if process.returncode:
        sys.exit(process.stderr)
    return json.loads(process.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[4000, 100_000])
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--keep", action="store_true", help="Keep the benchmark database.")
    args = parser.parse_args()

    python = platform.python_version()
    print(f"Machine: {platform.platform()}, {os.cpu_count()} cores, Python {python}")
    for size in args.sizes:
        seeded = prepare(size)
        results = measure(args.requests)
        trivial = results["trivial view (/healthz)"][0]
        print(f"\n### {size:,} associations (seeded in {seeded:.0f} s)\n")
        print(
            "| variant | warm median ms | warm p95 ms | × trivial | cold median ms | cold p95 ms |"
        )
        print("|---|---:|---:|---:|---:|---:|")
        for label, (median, p95, cold_median, cold_p95) in results.items():
            print(
                f"| {label} | {median:.1f} | {p95:.1f} | {median / trivial:.1f}× "
                f"| {cold_median:.1f} | {cold_p95:.1f} |"
            )
    if not args.keep:
        import psycopg

        with psycopg.connect(ADMIN_URL, autocommit=True) as connection:
            connection.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")


if __name__ == "__main__":
    main()
