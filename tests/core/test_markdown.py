"""Issue #15, finding 17: an unclosed raw-text or foreign element no longer hides the rest."""

import pytest

from core.markdown import render_markdown


@pytest.mark.parametrize(
    "opening",
    ["<style>", "<math>", "<svg>", "<textarea>", "<title>", "<xmp>", "<noscript>", "<iframe>",
     "<template>", "<plaintext>", "<STYLE type='text/css'>", "<scr<script>ipt>", "<style"],
)  # fmt: skip
def test_an_unclosed_element_does_not_swallow_the_rest(opening):
    html = render_markdown(f"Alku.\n\n{opening}\n\nLoppu **tärkeä** kappale.")
    assert "Alku." in html
    assert "<strong>tärkeä</strong>" in html
    assert "<style" not in html.lower() and "<math" not in html and "<script" not in html


def test_closed_scripts_and_styles_go_with_their_content():
    html = render_markdown("A <script>alert(1)</script> <style>p{}</style> B")
    assert "alert" not in html and "p{}" not in html
    assert "A" in html and "B" in html


def test_ordinary_markdown_is_unchanged():
    assert render_markdown("**Lihava** ja [linkki](https://example.fi/)") == (
        '<p><strong>Lihava</strong> ja <a href="https://example.fi/" rel="nofollow ugc noopener">'
        "linkki</a></p>"
    )


def test_search_words_are_capped_and_deduplicated():
    from core.search import MAX_WORD_LENGTH, query_words

    assert query_words("mielen " * 1500)[:1] == ["mielen"]
    assert len(query_words("mielen " * 1500)) <= 2  # and the cut-off tail of the 200 characters
    assert query_words("x" * 10_000) == ["x" * MAX_WORD_LENGTH]
    assert query_words("Kuoro kuoro LAULU") == ["kuoro", "laulu"]
