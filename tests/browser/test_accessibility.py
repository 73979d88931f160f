"""Every page through axe-core in Chromium: no serious or critical violation, on the page as it
loads and in the states a reader reaches (the editor with results and a chart, the network after
a click, an entity's evidence opened).

axe-core is vendored (tests/browser/vendor/axe.min.js, MPL-2.0, its version in AXE_VERSION) and
injected from that file, so the check runs offline. Each page's full axe report is written to
test-artifacts/axe/ and a screenshot to test-artifacts/screenshots/.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, Server, shoot
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"
AXE_VERSION = "4.14.1"
REPORTS = ROOT / "test-artifacts" / "axe"
BLOCKING = {"serious", "critical"}
BASE = "https://w3id.org/treatygraph/id/"


def _axe(page: Page, name: str) -> list[dict[str, Any]]:
    """Run axe on the page as it is now; save the report; return the blocking violations."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    report: dict[str, Any] = page.evaluate("axe.run(document, { resultTypes: ['violations'] })")
    assert report["testEngine"]["version"] == AXE_VERSION
    REPORTS.mkdir(parents=True, exist_ok=True)
    (REPORTS / f"{name}.json").write_text(json.dumps(report["violations"], indent=1))
    shoot(page, f"axe-{name}")
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["html"] for n in v["nodes"][:3]]}
        for v in report["violations"]
        if v["impact"] in BLOCKING
    ]


def _open_evidence(page: Page) -> None:
    page.locator("details.evidence summary").first.click()


def _run_example(page: Page) -> None:
    page.get_by_role("button", name="Russia's treaty actions in date order").click()
    expect(page.locator("#results-chart")).to_be_visible()


def _expand_network(page: Page) -> None:
    page.wait_for_function("document.querySelector('#network').getAttribute('data-settled') === 'true'")
    page.locator("#network g.node:not(.expanded) circle").first.click()
    page.wait_for_function("document.querySelector('#network').getAttribute('data-expanded') === '2'")


PAGES: list[tuple[str, str, Callable[[Page], None] | None]] = [
    ("home", "/", None),
    ("browse-treaties", "/browse/treaties", None),
    ("browse-events", "/browse/events", None),
    ("entity-treaty", "/id/treaty/cets-126", None),
    ("entity-person-evidence", "/id/person/vladimir-putin", _open_evidence),
    ("entity-state", "/id/state/rus", None),
    ("document", "/id/doc/003-cad3699e8ab500d8", None),
    ("timeline", "/timeline", None),
    ("network", "/network", _expand_network),
    ("conflicts", "/conflicts", None),
    ("status", "/status", None),
    ("editor", "/editor", _run_example),
    ("search", "/search?q=denounce+convention", None),
    ("ontology", "/def", None),
    ("shapes", "/shapes", None),
    ("not-found", "/id/person/nobody", None),
]


@pytest.mark.parametrize(("name", "path", "then"), PAGES, ids=[p[0] for p in PAGES])
def test_page_has_no_serious_accessibility_violation(
    page: Page, server: Server, name: str, path: str, then: Callable[[Page], None] | None
) -> None:
    page.goto(server.url + path)
    page.wait_for_load_state("networkidle")
    assert _axe(page, name) == []
    if then is not None:
        then(page)
        assert _axe(page, name + "-after") == []
