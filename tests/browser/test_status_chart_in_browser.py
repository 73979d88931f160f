"""The status chart in a real browser: picking a date on either side of the day a state stopped
being party to a treaty changes that cell, and nothing else is needed than the form."""

from __future__ import annotations

import csv
import datetime as dt
import io

import httpx
import pytest
from conftest import Server, shoot
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

BASE = "https://w3id.org/treatygraph/id/"


def _cessation_date(server: Server) -> dt.date:
    """When the graph's registry says Russia ceased to be party to the ECHR."""
    query = (
        "SELECT ?d WHERE { GRAPH <" + BASE + "graph/registry> { <" + BASE + "action/rus-ets-005-cessation> "
        "<https://w3id.org/treatygraph/def#date> ?d } }"
    )
    answer = httpx.get(server.url + "/sparql", params={"query": query}, headers={"Accept": "text/csv"})
    rows = list(csv.DictReader(io.StringIO(answer.text)))
    assert rows, "the corpus no longer records when Russia ceased to be party to the ECHR"
    return dt.date.fromisoformat(rows[0]["d"])


def test_chart_changes_when_a_withdrawal_takes_effect(page: Page, server: Server) -> None:
    ceased = _cessation_date(server)
    page.goto(server.url + "/status")
    expect(page.get_by_role("table", name="Relation of each state to each treaty")).to_be_visible()
    cell = page.locator("td:has(a[href='#cell-rus--ets-005'])")

    for name, day, expected in (
        ("status-before-cessation", ceased - dt.timedelta(days=1), None),
        ("status-after-cessation", ceased, "no longer party"),
    ):
        page.get_by_label("Date", exact=True).fill(day.isoformat())
        page.get_by_role("button", name="Show").click()
        page.wait_for_url(f"**/status?date={day.isoformat()}*")
        expect(page.get_by_role("table")).to_contain_text(f"{day.day}")
        relation = cell.get_attribute("data-relation")
        if expected is None:
            assert relation != "no longer party"
        else:
            assert relation == expected
            expect(cell).to_contain_text("no longer party")
        # the cell leads to what it rests on: the event and its sources
        cell.locator("a").click()
        details = page.locator("#cell-rus--ets-005")
        expect(details.get_by_role("link", name="Russia ceasing to be a Party to the ECHR")).to_be_visible()
        page.locator("#status-caption").scroll_into_view_if_needed()
        shoot(page, name)
