"""Time every sitemap page on an existing database, uncached and cached.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/paijat_big \\
        .venv/bin/python bench/sitemaps.py

Fill the database first (`seed_demo --associations 100000 --force`). Each section's first,
middle and last page is requested in-process (Django's whole request handling, production
settings, local-memory cache) once with an empty cache and once more from the cache; the
index likewise. Prints a Markdown table; docs/benchmarks.md records the results.
"""

import os
import secrets
import sys
import time
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent.parent
NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def main() -> int:
    os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
    os.environ.setdefault("ALLOWED_HOSTS", "testserver")
    os.environ["DEBUG"] = "false"
    os.environ["SECURE_SSL_REDIRECT"] = "false"
    os.environ["REDIS_URL"] = ""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "paijat.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.cache import cache
    from django.test import Client

    from directory.models import Association

    client = Client()

    def timed(path: str) -> tuple[float, int, int]:
        started = time.perf_counter()
        response = client.get(path)
        elapsed = time.perf_counter() - started
        assert response.status_code == 200, (path, response.status_code)
        return elapsed, len(response.content), response.content.count(b"<url>")

    print(f"{Association.objects.published().count():,} published associations\n")
    print("| page | URLs | size | uncached | cached |")
    print("|---|---:|---:|---:|---:|")
    cache.clear()
    cold, size, _ = timed("/sitemap.xml")
    warm, _, _ = timed("/sitemap.xml")
    index = ElementTree.fromstring(client.get("/sitemap.xml").content)
    pages: dict[str, list[str]] = {}
    for loc in index.findall("sm:sitemap/sm:loc", NS):
        path = loc.text.removeprefix("http://testserver")
        pages.setdefault(path.split("?")[0], []).append(path)
    print(
        f"| /sitemap.xml ({sum(map(len, pages.values()))} pages) | | {size / 1024:.0f} kB "
        f"| {cold * 1000:.0f} ms | {warm * 1000:.1f} ms |"
    )
    worst = 0.0
    for section_pages in pages.values():
        middle = section_pages[len(section_pages) // 2]
        chosen = sorted({section_pages[0], middle, section_pages[-1]}, key=section_pages.index)
        for path in chosen:
            cache.clear()
            cold, size, urls = timed(path)
            warm, _, _ = timed(path)
            worst = max(worst, cold)
            print(f"| {path} | {urls} | {size / 1024:.0f} kB | {cold * 1000:.0f} ms "
                  f"| {warm * 1000:.1f} ms |")  # fmt: skip
    print(f"\nslowest uncached page: {worst * 1000:.0f} ms")
    return 0 if worst < 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
