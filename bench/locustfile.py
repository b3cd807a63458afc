"""A load test you can rerun: residents browsing and a few coordinators editing (locust).

The mix follows what the site is for: directory searches with facets, association profiles,
the service menu, events and their calendars, news and feeds, the sitemap, and now and then a
coordinator confirming an association's information in the admin (a real write, which bumps
the content version and so empties the facet caches, as every edit does).

Run it against a server on this machine with demo data (`seed_demo --associations 4000`),
with searches not rate limited and two-step login off for the demo coordinator:

    SEARCHES_PER_MINUTE=0 TWO_FACTOR_REQUIRED=false … gunicorn paijat.wsgi   # see bench/load.sh
    .venv/bin/locust -f bench/locustfile.py --host http://127.0.0.1:8102 --headless \\
        --users 50 --spawn-rate 10 --run-time 10m --csv /tmp/load

`bench/load.sh` does all of that, optionally while killing the app's database connections
every few seconds (`--kill-connections 5`) to show that the site recovers. Install locust with
`.venv/bin/pip install -e ".[bench]"`. Results are in docs/benchmarks.md.
"""

from __future__ import annotations

import os
import random
import re
from xml.etree import ElementTree

from locust import HttpUser, between, events, task

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
WORDS = ["mielenterveys", "kuoro", "latu", "martta", "omaishoitajat", "nuoriso", "kylä",
         "eläkeläiset", "vertaistuki", "liikunta", "lahti", "hollola", "yhdistys"]  # fmt: skip
THEMES = ["mielen-hyvinvointi", "osallisuus-ja-yhteisollisyys", "arjen-turvallisuus",
          "paihteettomyys-ja-terveelliset-elintavat"]  # fmt: skip
MUNICIPALITIES = ["asikkala", "hartola", "heinola", "hollola", "iitti", "karkola", "lahti",
                  "orimattila", "padasjoki", "sysma"]  # fmt: skip
COORDINATOR = (
    os.environ.get("BENCH_ADMIN_EMAIL", "koordinaattori@demo.paijathamalaiset.fi"),
    os.environ.get("BENCH_ADMIN_PASSWORD", "demo-koordinaattori"),
)
SLUGS: dict[str, list[str]] = {}


@events.test_start.add_listener
def read_slugs(environment, **kwargs):
    """Slugs of public associations, services, events and news, from the sitemap's first pages."""
    import requests

    host = environment.host
    for section, prefix in [("yhdistykset", "/yhdistykset/"), ("palvelut", "/palvelut/"),
                            ("tapahtumat", "/tapahtumat/"), ("uutiset", "/uutiset/")]:  # fmt: skip
        found: list[str] = []
        for page in range(1, 6):
            response = requests.get(f"{host}/sitemap-{section}.xml?p={page}", timeout=30)
            if response.status_code != 200:
                break
            for loc in ElementTree.fromstring(response.content).findall("sm:url/sm:loc", NS):
                match = re.search(rf"^https?://[^/]+{prefix}([^/]+)/$", loc.text)
                if match:
                    found.append(match.group(1))
        SLUGS[section] = sorted(set(found)) or ["ei-ole"]


def some(section: str) -> str:
    return random.choice(SLUGS.get(section) or ["ei-ole"])


class Resident(HttpUser):
    """A resident on a phone: a search or a filter, a profile, an event, the news."""

    weight = 40
    wait_time = between(1, 4)

    @task(6)
    def search_directory(self):
        params = {"q": random.choice(WORDS)}
        if random.random() < 0.5:
            params["municipality"] = random.choice(MUNICIPALITIES)
        self.client.get("/yhdistykset/", params=params, name="/yhdistykset/?q=…")

    @task(6)
    def browse_directory(self):
        params = {"theme": random.choice(THEMES)}
        self.client.get("/yhdistykset/", params=params, name="/yhdistykset/?theme=…")

    @task(2)
    def next_page(self):
        page = random.choice([2, 3, 5, 10])
        with self.client.get(
            "/yhdistykset/", params={"page": page}, name="/yhdistykset/?page=…",
            catch_response=True,
        ) as response:  # fmt: skip
            if response.status_code == 404:  # past the end on a small database
                response.success()

    @task(8)
    def profile(self):
        self.client.get(f"/yhdistykset/{some('yhdistykset')}/", name="/yhdistykset/<slug>/")

    @task(4)
    def services(self):
        params = {"theme": random.choice(THEMES)} if random.random() < 0.6 else {}
        self.client.get("/palvelut/", params=params, name="/palvelut/")

    @task(3)
    def service(self):
        self.client.get(f"/palvelut/{some('palvelut')}/", name="/palvelut/<slug>/")

    @task(5)
    def events(self):
        params = {"municipality": random.choice(MUNICIPALITIES)} if random.random() < 0.5 else {}
        self.client.get("/tapahtumat/", params=params, name="/tapahtumat/")

    @task(3)
    def event(self):
        self.client.get(f"/tapahtumat/{some('tapahtumat')}/", name="/tapahtumat/<slug>/")

    @task(1)
    def event_calendar(self):
        self.client.get(
            f"/tapahtumat/{some('tapahtumat')}/kalenteri.ics", name="/tapahtumat/<slug>/.ics"
        )

    @task(3)
    def news(self):
        self.client.get("/uutiset/", name="/uutiset/")

    @task(2)
    def news_item(self):
        self.client.get(f"/uutiset/{some('uutiset')}/", name="/uutiset/<slug>/")

    @task(2)
    def home(self):
        self.client.get(random.choice(["/", "/sv/", "/en/"]), name="/ (fi, sv, en)")


class Subscriber(HttpUser):
    """Feed readers, calendar subscriptions and crawlers: regular, cacheable fetches."""

    weight = 8
    wait_time = between(2, 6)

    @task(3)
    def feed(self):
        params = {"theme": random.choice(THEMES)} if random.random() < 0.5 else {}
        self.client.get(random.choice(["/uutiset/syote/", "/uutiset/atom/"]), params=params,
                        name="news feed")  # fmt: skip

    @task(2)
    def calendar(self):
        params = {"municipality": random.choice(MUNICIPALITIES)}
        self.client.get("/tapahtumat/kalenteri.ics", params=params, name="/tapahtumat/.ics")

    @task(1)
    def sitemap(self):
        section = random.choice(["yhdistykset", "palvelut", "tapahtumat", "uutiset"])
        with self.client.get(
            f"/sitemap-{section}.xml?p={random.randint(1, 3)}", name="sitemap page",
            catch_response=True,
        ) as response:  # fmt: skip
            if response.status_code == 404:  # past the end on a small database
                response.success()


class Coordinator(HttpUser):
    """A coordinator in the admin: lists, a change form, and confirming an association."""

    weight = 1
    wait_time = between(5, 15)

    def on_start(self):
        page = self.client.get("/hallinta/login/", name="admin login")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)
        self.client.post(
            "/hallinta/login/?next=/hallinta/",
            {
                "username": COORDINATOR[0],
                "password": COORDINATOR[1],
                "csrfmiddlewaretoken": token.group(1) if token else "",
            },
            headers={"Referer": f"{self.host}/hallinta/login/"},
            name="admin login",
        )

    @task(3)
    def changelist(self):
        self.client.get("/hallinta/directory/association/?status__exact=published",
                        name="admin association list")  # fmt: skip

    @task(2)
    def confirm(self):
        """Open an association's change form and press "information still correct"."""
        listing = self.client.get(
            "/hallinta/directory/association/?status__exact=published&o=-6",
            name="admin association list",
        )
        ids = re.findall(r"/hallinta/directory/association/(\d+)/change/", listing.text)
        if not ids:
            return
        association = random.choice(ids)
        form = self.client.get(
            f"/hallinta/directory/association/{association}/change/", name="admin change form"
        )
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text)
        self.client.post(
            f"/hallinta/directory/association/{association}/vahvista/",
            {"csrfmiddlewaretoken": token.group(1) if token else ""},
            headers={
                "Referer": f"{self.host}/hallinta/directory/association/{association}/change/"
            },
            name="admin confirm",
        )
