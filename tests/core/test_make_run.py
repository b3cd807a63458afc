"""`make run PORT=…`: the e-mail links of a development server follow the address it serves."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="needs make")


def make_run(tmp_path, *args: str, **env: str) -> list[str]:
    """What `make run` passes to each manage.py command, with a stand-in Python that only
    prints SITE_URL and its arguments (an installed virtualenv is faked, so nothing installs)."""
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    python = venv / "bin" / "python"
    python.write_text('#!/bin/sh\necho "$SITE_URL $*"\n')
    python.chmod(0o755)
    for marker in (".installed", ".installed-test"):
        (venv / marker).touch()
    environment = {key: value for key, value in os.environ.items() if key != "SITE_URL"}
    result = subprocess.run(
        ["make", "-s", "run", f"VENV={venv}", *args],
        cwd=ROOT,
        env={**environment, **env},
        capture_output=True,
        text=True,
        check=True,
    )
    return [line for line in result.stdout.splitlines() if "manage.py" in line]


def test_site_url_follows_the_port(tmp_path):
    lines = make_run(tmp_path, "PORT=8111")
    assert lines[-1] == "http://127.0.0.1:8111 manage.py runserver 127.0.0.1:8111"
    assert all(line.startswith("http://127.0.0.1:8111 ") for line in lines)


def test_a_site_url_given_is_kept(tmp_path):
    lines = make_run(tmp_path, "PORT=8111", SITE_URL="https://kehitys.example.fi")
    assert lines[-1] == "https://kehitys.example.fi manage.py runserver 127.0.0.1:8111"
