"""Scale: -j N, kinds-only runs for pytest -k, pytest-xdist sharing, and the Dask integration."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck import load_claims
from factcheck.checker import compile_claims
from factcheck.project import resolve_jobs, run

REPO = Path(__file__).resolve().parent.parent
CLAIMS = REPO / "claims.yaml"
HELDOUT = sorted((REPO / "tests" / "heldout").glob("*/claims.yaml"))[:3]


def _check_json(claims: Path, *extra: str) -> tuple[int, str]:
    proc = subprocess.run(
        [sys.executable, "-m", "factcheck", "check", str(claims), "--format", "json", "--all", *extra],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    return proc.returncode, proc.stdout


@pytest.mark.parametrize("claims", [CLAIMS, *HELDOUT], ids=lambda p: p.parent.name)
def test_jobs_give_the_same_findings_in_the_same_order(claims: Path) -> None:
    one = run(str(claims), include_supported=True)
    two = run(str(claims), include_supported=True, jobs=2)
    assert one.findings == two.findings
    assert (one.errors, one.warnings, one.stale) == (two.errors, two.warnings, two.stale)


def test_cli_jobs_byte_identical() -> None:
    assert _check_json(CLAIMS, "-j", "2") == _check_json(CLAIMS, "-j", "1")


def test_jobs_zero_is_every_core_and_negative_is_refused() -> None:
    assert resolve_jobs(0) >= 1
    assert resolve_jobs(3) == 3
    assert _check_json(CLAIMS, "-j", "0") == _check_json(CLAIMS)
    proc = subprocess.run(
        [sys.executable, "-m", "factcheck", "check", str(CLAIMS), "-j", "-1"], capture_output=True, text=True
    )
    assert proc.returncode == 2 and "cannot be negative" in proc.stderr


@pytest.mark.parametrize("kinds", [{"quantity"}, {"name"}, {"quote", "statement"}, {"date"}])
def test_one_kind_gives_that_kinds_findings_of_a_full_run(kinds: set[str]) -> None:
    full = run(str(CLAIMS), include_supported=True)
    part = run(str(CLAIMS), include_supported=True, only_kinds=kinds)
    assert [f for f in full.findings if f.kind in kinds] == part.findings
    assert {c.claim.kind for c in compile_claims(load_claims(CLAIMS), kinds).compiled if hasattr(c, "claim")} <= kinds


def _outcomes(*args: str) -> list[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "-rA", str(CLAIMS), *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    lines = [line.split(" - ")[0] for line in proc.stdout.splitlines() if line.startswith(("PASSED", "FAILED"))]
    return sorted(line.replace("[gw0] ", "").replace("[gw1] ", "") for line in lines)


def test_pytest_xdist_same_outcomes() -> None:
    pytest.importorskip("xdist", reason="pytest-xdist is not installed")
    serial = _outcomes("-n", "0")
    assert serial and any(line.startswith("FAILED") for line in serial)
    assert _outcomes("-n", "2") == serial


def test_pytest_k_one_claim_same_outcome() -> None:
    full = [line for line in _outcomes() if line.endswith("::death-toll")]
    assert _outcomes("-k", "death-toll") == full == ["FAILED claims.yaml::death-toll"]


def test_dask_local_cluster_gives_the_cli_json() -> None:
    pytest.importorskip("dask.bag", reason="dask is not installed (pip install 'pytest-factcheck[dask]')")
    distributed = pytest.importorskip("distributed", reason="distributed is not installed")
    from factcheck.dask import render
    from factcheck.dask import run as dask_run

    status, expected = _check_json(CLAIMS)
    assert status == 1 and json.loads(expected)["findings"]
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        import os

        cwd = os.getcwd()
        os.chdir(REPO)  # paths in the report are relative to the current directory, as the CLI's
        try:
            result = dask_run(str(CLAIMS), client=client, include_supported=True, npartitions=3)
        finally:
            os.chdir(cwd)
    assert render(result, "json") == expected
