"""Schemathesis against the running server's own OpenAPI document: every operation, with valid
and invalid generated inputs, every response checked against what the document promises."""

import subprocess
import sys
from pathlib import Path

import pytest

SCHEMATHESIS = Path(sys.executable).parent / "schemathesis"


@pytest.mark.slow
def test_the_api_keeps_every_promise_of_its_openapi_document(server, tmp_path):
    res = subprocess.run(
        [str(SCHEMATHESIS), "run", server + "/openapi.json", "--checks", "all", "--max-examples", "60",
         "--seed", "20261129", "--workers", "1"],
        capture_output=True, text=True, cwd=tmp_path, timeout=600,
    )
    assert res.returncode == 0, res.stdout[-4000:]
    assert "No issues found" in res.stdout and "5 selected / 5 total" in res.stdout
