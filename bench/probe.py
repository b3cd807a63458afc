"""Hostile-input probe: what an attacker or a broken crawler sends, against a running site.

Every public list, feed, calendar, sitemap and detail page, in Finnish, Swedish and English, gets
huge, negative and non-numeric pages, NUL and control characters, tsquery and LIKE syntax,
10,000-character values, right-to-left and combining characters, impossible dates, unknown slugs
and every HTTP method. It passes when no response is 500 or more and none takes longer than
`--max-seconds` (2 s).

    # against a server you run yourself
    .venv/bin/python bench/probe.py --base-url http://127.0.0.1:8102

    # or let it start gunicorn with production settings on a database that has demo data
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/paijat_probe \\
        .venv/bin/python bench/probe.py --serve --port 8199

`--serve` collects the static files into a temporary folder, starts gunicorn (2 workers,
DEBUG off, searches not rate limited so the probe measures them) and stops it afterwards.
Traffic goes to 127.0.0.1 only. Results at 4,000 associations are in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import collections
import concurrent.futures
import http.client
import os
import secrets
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ["", "/sv", "/en"]  # Finnish has no prefix

LISTS = ["/yhdistykset/", "/palvelut/", "/tapahtumat/", "/tapahtumat/menneet/", "/uutiset/",
         "/yhteistyo/"]  # fmt: skip
FEEDS = ["/uutiset/syote/", "/uutiset/atom/", "/tapahtumat/kalenteri.ics", "/yhteistyo/syote/"]
SECTIONS = [
    "sivut",
    "teemat",
    "kunnat",
    "tietosivut",
    "yhdistykset",
    "tapahtumat",
    "palvelut",
    "uutiset",
    "yhteistyo",
    "yhteistyoilmoitukset",
]
SITEMAPS = ["/sitemap.xml", *(f"/sitemap-{section}.xml" for section in SECTIONS)]
PAGES = [
    "/",
    "/strategia/",
    "/teemat/mielen-hyvinvointi/",
    "/kunnat/lahti/",
    "/saavutettavuus/",
    "/tietosuoja/",
    "/ilmoita-yhdistys/",
    "/healthz",
    "/robots.txt",
]
UNKNOWN_SLUGS = [
    "ei-ole-olemassa",
    "%00",
    "..%2F..%2Fetc%2Fpasswd",
    "a" * 300,
    "%E2%80%AE",
    "%C3%A4%C3%A4kk%C3%B6set",
    "1%27%20OR%20%271%27%3D%271",
]
DETAIL_PREFIXES = [
    "/yhdistykset/{}/",
    "/palvelut/{}/",
    "/tapahtumat/{}/",
    "/tapahtumat/{}/kalenteri.ics",
    "/uutiset/{}/",
    "/teemat/{}/",
    "/kunnat/{}/",
    "/yhdistykset/{}/ilmoita-virheesta/",
    "/yhteistyo/{}/",
    "/yhteistyo/jatka/{}/",
]

# Values no form or link would ever send.
HOSTILE = [
    "",
    "0",
    "-1",
    "-99999999999999999999",
    "99999999999999999999999999",
    "1e309",
    "NaN",
    "abc",
    "1.5",
    "0x10",
    "\x00",
    "a\x00b",
    "\x08\x0b\x0c\x1f\x7f",
    "\r\nSet-Cookie: x=1",
    "\ufeff\ufffe\uffff",
    "' OR 1=1 --",
    "%",
    "_",
    "%%__\\",
    "a & b | !c <-> d:*",
    "!!!&&&|||",
    "(((((",
    "a:* & !b",
    "'):*",
    "<script>alert(1)</script>",
    "x" * 10_000,
    "mielen " * 1_500,
    "\u202etekstiä oikealta\u202c",
    "שלום עולם",
    "مرحبا",
    "e\u0301\u0301\u0301\u0301\u0301",
    "Z\u0351\u0352\u0353\u0354\u0355" * 200,
    "😀" * 500,
    "2026-02-30",
    "2026-13-01",
    "0000-00-00",
    "9999-12-31",
    "-0001-01-01",
    "2026-1-1",
    "20260101",
    "../../etc/passwd",
    "${jndi:ldap://x}",
]
PARAMETERS = [
    "q",
    "page",
    "sort",
    "municipality",
    "theme",
    "spearhead",
    "target_group",
    "field",
    "language",
    "kind",
    "start",
    "end",
    "free",
    "online",
    "age",
    "association",
]
METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "PROPFIND"]


@dataclass
class Result:
    method: str
    path: str
    status: int
    seconds: float
    error: str = ""


def quote(value: str) -> str:
    return urllib.parse.quote(value, safe="")


def requests_to_make(full: bool) -> list[tuple[str, str]]:
    """(method, path?query) pairs. Finnish gets every value for every parameter; Swedish and
    English a sample, unless `full`."""
    plan: list[tuple[str, str]] = []
    sample = HOSTILE[::5]
    for language in LANGUAGES:
        values = HOSTILE if (full or language == "") else sample
        for path in LISTS + FEEDS:
            for parameter in PARAMETERS:
                for value in values:
                    plan.append(("GET", f"{language}{path}?{parameter}={quote(value)}"))
            # Several at once, repeated parameters, and a parameter name that is itself hostile.
            plan.append(("GET", f"{language}{path}?" + "&".join(f"theme={i}" for i in range(500))))
            plan.append(("GET", f"{language}{path}?q=%00&page=-1&sort=%0d&start=2026-02-30"))
            plan.append(("GET", f"{language}{path}?%00=1&q%0a=2&{'x' * 5000}=y"))
        for path in PAGES:
            plan.append(("GET", f"{language}{path}?q={quote('x' * 10_000)}&page=-1"))
        for prefix in DETAIL_PREFIXES:
            for slug in UNKNOWN_SLUGS:
                plan.append(("GET", f"{language}{prefix.format(slug)}"))
        for path in LISTS + FEEDS + PAGES + ["/yhdistykset/ei-ole/"]:
            for method in METHODS:
                plan.append((method, f"{language}{path}"))
    for sitemap in SITEMAPS:
        for page in ["1", "2", "0", "-1", "abc", "99999999", "1e9", "%00", "9" * 50]:
            plan.append(("GET", f"{sitemap}?p={page}"))
        for method in METHODS:
            plan.append((method, sitemap))
    return plan


def fetch(base: str, method: str, path: str, timeout: float) -> Result:
    parts = urllib.parse.urlsplit(base)
    connection = http.client.HTTPConnection(parts.hostname, parts.port or 80, timeout=timeout)
    started = time.perf_counter()
    try:
        body = b"x=1" if method in {"POST", "PUT", "PATCH"} else None
        headers = {"Host": parts.hostname, "User-Agent": "paijat-probe"}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        response.read()
        return Result(method, path, response.status, time.perf_counter() - started)
    except (OSError, http.client.HTTPException) as error:
        return Result(method, path, 599, time.perf_counter() - started, repr(error))
    finally:
        connection.close()


def probe(base: str, *, full: bool, workers: int, max_seconds: float) -> int:
    plan = requests_to_make(full)
    print(f"Probing {base} with {len(plan)} requests ({workers} at a time)…", flush=True)
    started = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(workers) as pool:
        results = list(pool.map(lambda item: fetch(base, *item, timeout=30), plan))
    elapsed = time.perf_counter() - started
    statuses = collections.Counter(result.status for result in results)
    errors = [result for result in results if result.status >= 500]
    slow = [result for result in results if result.seconds > max_seconds]
    slowest = sorted(results, key=lambda result: result.seconds, reverse=True)[:10]
    print(f"{len(results)} requests in {elapsed:.0f} s; statuses: {dict(sorted(statuses.items()))}")
    seconds = sorted(result.seconds for result in results)
    print(
        f"median {seconds[len(seconds) // 2] * 1000:.0f} ms, "
        f"p99 {seconds[int(len(seconds) * 0.99)] * 1000:.0f} ms, max {seconds[-1] * 1000:.0f} ms"
    )
    print("slowest:")
    for result in slowest:
        print(
            f"  {result.seconds * 1000:6.0f} ms {result.status} {result.method} {result.path[:110]}"
        )
    for result in errors:
        print(f"ERROR {result.status} {result.method} {result.path[:200]} {result.error}")
    for result in slow:
        print(f"SLOW {result.seconds:.2f} s {result.method} {result.path[:200]}")
    failed = len({id(result) for result in errors + slow})
    print(f"{len(results) - failed} passed, {failed} failed")
    return 1 if failed else 0


def serve(port: int) -> tuple[subprocess.Popen, tempfile.TemporaryDirectory]:
    """gunicorn with production settings on 127.0.0.1:`port` and the environment's database."""
    static = tempfile.TemporaryDirectory(prefix="probe-static-")
    env = {
        **os.environ,
        "DEBUG": "false",
        "SECRET_KEY": os.environ.get("SECRET_KEY") or secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_HSTS_SECONDS": "0",
        "STATIC_ROOT": static.name,
        "SEARCHES_PER_MINUTE": "0",
        "LOG_LEVEL": "ERROR",  # the probe's 404s are expected; errors are what matter
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
    }
    python = sys.executable
    subprocess.run(
        [python, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=env, check=True
    )
    server = subprocess.Popen(
        [
            python,
            "-m",
            "gunicorn",
            "paijat.wsgi",
            "--config",
            str(ROOT / "gunicorn.conf.py"),
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--log-level",
            "warning",
            # Unlimited request lines, so that 10,000-character values reach the app itself
            # (in production the proxy and gunicorn.conf.py refuse them earlier).
            "--limit-request-line",
            "0",
        ],
        cwd=ROOT,
        env=env,
        start_new_session=True,
    )
    for _ in range(60):
        result = fetch(f"http://127.0.0.1:{port}", "GET", "/healthz", timeout=2)
        if result.status == 200:
            return server, static
        if server.poll() is not None:
            raise SystemExit("gunicorn did not start")
        time.sleep(0.5)
    stop(server)
    raise SystemExit("gunicorn did not answer /healthz in 30 s")


def stop(server: subprocess.Popen) -> None:
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-url", default="")
    parser.add_argument("--serve", action="store_true", help="start gunicorn on --port")
    parser.add_argument("--port", type=int, default=8199)
    parser.add_argument("--full", action="store_true", help="every value in every language")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--max-seconds", type=float, default=2.0)
    args = parser.parse_args()
    if args.serve:
        server, static = serve(args.port)
        try:
            return probe(
                f"http://127.0.0.1:{args.port}",
                full=args.full,
                workers=args.workers,
                max_seconds=args.max_seconds,
            )
        finally:
            stop(server)
            static.cleanup()
    if not args.base_url:
        parser.error("give --base-url or --serve")
    return probe(args.base_url, full=args.full, workers=args.workers, max_seconds=args.max_seconds)


if __name__ == "__main__":
    sys.exit(main())
