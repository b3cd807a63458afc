import pytest

PATHS = ["/", "/strategia/", "/teemat/arjen-turvallisuus/", "/ei-tallaista-sivua/", "/hallinta/"]


@pytest.mark.django_db
@pytest.mark.parametrize("path", PATHS)
def test_every_response_carries_the_security_headers(client, path):
    response = client.get(path, secure=True)
    policy = response["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Strict-Transport-Security"] == ("max-age=31536000; includeSubDomains; preload")


@pytest.mark.django_db
def test_pages_have_no_inline_script_or_style(client):
    for path in ["/", "/strategia/", "/kunnat/lahti/", "/saavutettavuus/"]:
        html = client.get(path).content.decode()
        assert "<script>" not in html and "<style" not in html and "style=" not in html
