"""A municipality's site on another origin embeds our events widget with the generator's
snippet: the frame fits its content and its links open our pages in the whole window."""

import http.server
import threading

import pytest
from playwright.sync_api import expect


@pytest.fixture
def other_site():
    """A second web server on 127.0.0.1 (another origin than the live server's): `serve(html)`
    publishes a page there and gives its address."""
    pages = {}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            body = pages.get(self.path, "").encode()
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()

    def serve(html: str) -> str:
        pages["/kunnan-sivu/"] = html
        return f"http://127.0.0.1:{server.server_address[1]}/kunnan-sivu/"

    yield serve
    server.shutdown()


@pytest.fixture
def events(make_association, make_event):
    association = make_association("Heinolan Mielenterveysseura ry", municipality="heinola")
    for number in range(7):
        make_event(f"Vertaisilta {number}", association=association, municipality="heinola")


def test_widget_on_another_origin_resizes_and_links_to_the_parent(
    live_server, page, events, other_site, assert_accessible
):
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(live_server.url + "/upotus/?kind=tapahtumat&municipality=heinola&limit=7")
    expect(page.get_by_role("heading", level=1)).to_have_text("Upota sivustollesi")
    assert_accessible(page)
    page.screenshot(path="/tmp/opendata-embed-375.png", full_page=True)
    snippet = page.locator("#embed-code").input_value()
    assert "/upotus/tapahtumat/?municipality=heinola&limit=7" in snippet

    host_page = f"<!doctype html><html lang='fi'><title>Kunta</title><h1>Kunnan sivu</h1>{snippet}"
    page.goto(other_site(host_page))
    frame_element = page.locator("iframe[data-paijathamalaiset]")
    frame = page.frame_locator("iframe[data-paijathamalaiset]")
    expect(frame.get_by_role("link", name="Vertaisilta 6")).to_be_visible()
    # The frame grows from the snippet's 420 px to its content's height, without a scrollbar.
    page.wait_for_function("() => parseInt(document.querySelector('iframe').style.height) > 420")
    content = frame.locator("html").evaluate("element => element.getBoundingClientRect().height")
    frame_height = frame_element.evaluate("element => element.getBoundingClientRect().height")
    assert abs(frame_height - content) <= 2, (frame_height, content)

    frame.get_by_role("link", name="Vertaisilta 0").click()
    expect(page).to_have_url(f"{live_server.url}/tapahtumat/vertaisilta-0/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Vertaisilta 0")


def test_other_pages_refuse_to_be_framed(live_server, page, events, other_site):
    host_page = (
        "<!doctype html><title>Kunta</title>"
        f"<iframe id='widget' src='{live_server.url}/upotus/tapahtumat/' title='a'></iframe>"
        f"<iframe id='page' src='{live_server.url}/tapahtumat/' title='b'></iframe>"
    )
    page.goto(other_site(host_page))
    widget = page.frame_locator("#widget")
    expect(widget.get_by_role("heading", name="Tapahtumat")).to_be_visible()
    expect(page.frame_locator("#page").get_by_role("heading", name="Tapahtumat")).to_have_count(0)
