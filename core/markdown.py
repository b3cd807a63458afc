"""Markdown written by people is rendered to HTML and then cleaned with an allow-list."""

import re

import markdown as markdown_lib
import nh3

ALLOWED_TAGS = {
    "a", "abbr", "blockquote", "br", "code", "em", "h2", "h3", "h4", "hr", "li", "ol", "p",
    "pre", "strong", "table", "tbody", "td", "th", "thead", "tr", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "td": {"align"}, "th": {"align"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto", "tel"}


# Elements an HTML parser reads as raw text or foreign content: one left unclosed swallows the rest
# of the document, which the cleaner then drops. None of them is allowed anyway.
SWALLOWING_TAGS = (
    "iframe|math|noembed|noframes|noscript|plaintext|script|style|svg|template|textarea|title|xmp"
)
SWALLOWING_ELEMENT_RE = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
SWALLOWING_TAG_RE = re.compile(rf"</?(?:{SWALLOWING_TAGS})\b[^<>\n]*>?", re.IGNORECASE)


def _without_swallowing_tags(html: str) -> str:
    """Closed scripts and styles go with their content; any other (or unclosed) such tag goes
    alone, so what follows it is still shown. Repeated until stable (`<scr<script>ipt>`)."""
    previous = None
    while previous != html:
        previous = html
        html = SWALLOWING_TAG_RE.sub("", SWALLOWING_ELEMENT_RE.sub("", html))
    return html


def render_markdown(text: str) -> str:
    """Markdown to safe HTML: raw HTML, scripts, styles and javascript: links are removed."""
    # Before Markdown too: it reads such a tag as the start of a raw HTML block up to its end tag.
    source = _without_swallowing_tags(text or "")
    html = _without_swallowing_tags(
        markdown_lib.markdown(source, extensions=["sane_lists", "tables"])
    )
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="nofollow ugc noopener",
    )
