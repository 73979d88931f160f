"""The explorer in a real browser: navigation, the timeline filter, the editor, search
suggestions, the network and escaping, against ``treatygraph serve`` over the corpus."""

from __future__ import annotations

import re

import pytest
from conftest import Server, shoot
from playwright.sync_api import Browser, Dialog, Page, expect

pytestmark = pytest.mark.browser

BASE = "https://w3id.org/treatygraph/id/"


@pytest.mark.parametrize(
    ("name", "path"),
    [
        ("home", "/"),
        ("browse-treaties", "/browse/treaties"),
        ("browse-events", "/browse/events"),
        ("entity-ecpt", "/id/treaty/cets-126"),
        ("entity-lubinets", "/id/person/dmytro-lubinets"),
        ("document", "/id/doc/003-cad3699e8ab500d8"),
        ("timeline", "/timeline"),
        ("conflicts", "/conflicts"),
        ("editor", "/editor"),
        ("sparql-for-browsers", "/sparql"),
    ],
)
def test_each_kind_of_page_opens(page: Page, server: Server, name: str, path: str) -> None:
    response = page.goto(server.url + path)
    assert response is not None and response.status == 200
    expect(page.locator("h1")).to_be_visible()
    expect(page.get_by_role("search")).to_be_visible()
    shoot(page, name)


def test_pages_fit_a_phone(browser: Browser, server: Server) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    phone = context.new_page()
    try:
        for name, path in [
            ("phone-home", "/"),
            ("phone-entity", "/id/person/dmytro-lubinets"),
            ("phone-timeline", "/timeline"),
        ]:
            phone.goto(server.url + path)
            # nothing wider than the screen: no sideways scrolling of the whole page
            width = phone.evaluate("document.documentElement.scrollWidth")
            assert width <= 390 + 1, (path, width)
            shoot(phone, name)
    finally:
        context.close()


def test_from_home_to_an_entity(page: Page, server: Server) -> None:
    page.goto(server.url + "/")
    page.get_by_role("link", name="Treaties", exact=True).first.click()
    expect(page.locator("h1")).to_have_text("Treaties")
    ecpt = (
        "European Convention for the Prevention of Torture and Inhuman or Degrading Treatment or Punishment"
    )
    page.get_by_role("link", name=ecpt).first.click()
    expect(page).to_have_url(re.compile(r"/id/treaty/cets-126$"))
    expect(page.get_by_role("heading", name="Events")).to_be_visible()
    evidence = page.locator("details.evidence").first
    if evidence.get_attribute("open") is None:
        evidence.locator("summary").click()
    expect(evidence.locator("blockquote").first).to_be_visible()
    shoot(page, "home-to-entity")


def test_timeline_filter_by_state(page: Page, server: Server) -> None:
    page.goto(server.url + "/timeline")
    events = page.locator("#timeline li.event")
    total = events.count()
    assert total > 5
    page.get_by_label("State").select_option(label="Soviet Union")
    visible = page.locator("#timeline li.event:visible")
    expect(visible.first).to_be_visible()
    shown = visible.count()
    assert 0 < shown < total
    for i in range(shown):
        assert BASE + "state/sun" in (visible.nth(i).get_attribute("data-related") or "")
    expect(page).to_have_url(re.compile(r"state=https"))
    shoot(page, "timeline-filtered")


def test_editor_runs_an_example_and_shows_a_table(page: Page, server: Server) -> None:
    page.goto(server.url + "/editor")
    expect(page.locator(".cm-editor")).to_be_visible()  # the bundled CodeMirror loaded
    page.get_by_role("button", name="Which treaties against torture still bind Russia?").click()
    table = page.locator("#results table")
    expect(table).to_be_visible()
    expect(table.locator("th").first).to_have_text("treaty")
    expect(table).to_contain_text("still binding")
    expect(table.locator("a[href^='/id/treaty/']").first).to_be_visible()
    expect(page.get_by_role("button", name="Download the results as CSV")).to_be_visible()
    shoot(page, "editor-results")


@pytest.mark.parametrize(
    ("typed", "expected"), [("Alexey Navalny", "Alexei Navalny"), ("Lubinez", "Dmytro Lubinets")]
)
def test_search_suggests_despite_spelling(page: Page, server: Server, typed: str, expected: str) -> None:
    page.goto(server.url + "/")
    page.get_by_role("combobox").press_sequentially(typed, delay=20)
    suggestion = page.get_by_role("option").filter(has_text=expected).first
    expect(suggestion).to_be_visible()
    shoot(page, "search-" + typed.lower().replace(" ", "-"))
    suggestion.click()
    expect(page.locator("h1")).to_have_text(expected)


def test_network_expands_on_click(page: Page, server: Server) -> None:
    page.goto(server.url + "/network?focus=" + BASE + "org/cpt")
    nodes = page.locator("#network g.node")
    expect(nodes.nth(2)).to_be_attached()
    before = nodes.count()
    # The layout is still moving, so reach the node the way a keyboard user does.
    page.locator("#network g.node:not(.expanded)").first.focus()
    page.keyboard.press("Enter")
    expect(page.locator("#network g.node.expanded")).to_have_count(2)
    page.wait_for_function(f"document.querySelectorAll('#network g.node').length > {before}")
    expect(page.locator("#network-list li").first).to_be_visible()
    shoot(page, "network")


def test_script_in_a_quote_is_shown_not_run(page: Page, server: Server) -> None:
    dialogs: list[str] = []

    def refuse(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", refuse)
    page.goto(server.url + "/id/doc/script-quote")
    expect(page.locator(".document-text")).to_contain_text("<script>alert(1)</script>")
    expect(page.locator("h1")).to_contain_text("<script>alert(1)</script>")
    page.goto(server.url + "/id/person/dmytro-lubinets")
    page.goto(server.url + "/search?q=script")
    assert dialogs == []
    page.goto(server.url + "/id/doc/script-quote")
    shoot(page, "script-quote")
