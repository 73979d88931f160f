"""The research workbench in a real browser: an entity's statement table with its evidence one
click away, the network driven by the mouse, completion in the query editor, results charted,
a link that reproduces a query, recent queries and named downloads."""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest
from conftest import Server, shoot
from playwright.sync_api import Locator, Page, expect

pytestmark = pytest.mark.browser

BASE = "https://w3id.org/treatygraph/id/"


def _translate(node: Locator) -> tuple[float, float]:
    found = re.search(r"translate\(([-\d.]+),([-\d.]+)\)", node.get_attribute("transform") or "")
    assert found, "a node without a position"
    return float(found.group(1)), float(found.group(2))


def _accept(page: Page, option: Locator) -> None:
    """Take the highlighted completion; CodeMirror ignores keys for 75 ms after the list opens."""
    expect(option.first).to_be_visible()
    expect(option.first).to_have_attribute("aria-selected", "true")
    page.wait_for_timeout(150)
    page.keyboard.press("Enter")


def _editor_text(page: Page) -> str:
    text: str = page.evaluate(
        "TGEditor.EditorView.findFromDOM(document.querySelector('.cm-editor')).state.doc.toString()"
    )
    return text


def test_statement_table_leads_and_name_only_mentions_are_counted(page: Page, server: Server) -> None:
    page.goto(server.url + "/id/person/vladimir-putin")
    table = page.get_by_role("table", name="Statements")
    expect(table).to_be_visible()
    headers = table.locator("thead th").all_inner_texts()
    assert headers == ["Property", "Value", "Date", "Sources"]
    # the table comes before the events and any quote
    order = page.evaluate("[...document.querySelectorAll('main h2')].map(h => h.textContent.trim())")
    assert order.index("Statements") < order.index("Events")
    signing = table.locator("tr", has=page.get_by_role("link", name="Signature of the ECPT denunciation law"))
    expect(signing.locator("td.date time")).to_have_attribute("datetime", re.compile(r"^2025-09"))
    count = int(signing.locator("td.sources .count").inner_text())
    assert count >= 2
    # evidence one click away: closed until asked for, then the quotes and their documents
    evidence = signing.locator("details.evidence")
    expect(evidence.locator("blockquote").first).to_be_hidden()
    evidence.locator("summary").click()
    expect(evidence.locator("blockquote").first).to_be_visible()
    expect(evidence.locator("a.source").first).to_have_attribute("href", re.compile(r"^/id/doc/"))
    # quotes that only say the name are a count, not rows
    mentions = page.locator("details#mentions")
    expect(mentions.locator("summary")).to_contain_text(re.compile(r"Named, without more, in \d+ documents?"))
    quoted = [q.strip("“”") for q in table.locator("blockquote").all_inner_texts()]
    assert "Putin" not in quoted and "Vladimir Putin" not in quoted
    # no internal wording: events read with roles in words
    expect(page.locator("ol.events")).not_to_contain_text(" as agent")
    shoot(page, "statement-table")


def test_network_follows_the_mouse(page: Page, server: Server) -> None:
    page.goto(server.url + "/network?focus=" + quote(BASE + "org/cpt", safe=""))
    svg = page.locator("#network")
    page.wait_for_function("document.querySelector('#network').getAttribute('data-expanded') === '1'")
    for kind in ("Treaties", "States", "Bodies", "Events", "Documents"):
        expect(page.get_by_role("list", name="Colours")).to_contain_text(kind)
    before = page.locator("#network g.node").count()

    # a click with the mouse (not the keyboard) adds the clicked node's neighbours
    target = page.locator("#network g.node:not(.expanded)").first
    target.locator("circle").click()
    page.wait_for_function("document.querySelector('#network').getAttribute('data-expanded') === '2'")
    page.wait_for_function(f"document.querySelectorAll('#network g.node').length > {before}")
    expect(page.locator("#network g.node.expanded")).to_have_count(2)

    # dragging a node moves it by the pointer's distance, and is not taken for a click
    page.wait_for_function("document.querySelector('#network').getAttribute('data-settled') === 'true'")
    page.evaluate("document.querySelector('#network').scrollIntoView({block: 'center'})")
    node = page.locator("#network g.node.focus")
    x0, y0 = _translate(node)
    box = node.locator("circle").bounding_box()
    assert box is not None
    cx, cy = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(cx, cy)
    page.mouse.down()
    page.mouse.move(cx + 60, cy + 40, steps=6)
    page.mouse.up()
    x1, y1 = _translate(node)
    assert abs((x1 - x0) - 60) < 25 and abs((y1 - y0) - 40) < 25, ((x0, y0), (x1, y1))
    assert svg.get_attribute("data-expanded") == "2"

    # the wheel zooms, dragging the background pans
    svg_box = svg.bounding_box()
    assert svg_box is not None
    page.mouse.move(svg_box["x"] + 20, svg_box["y"] + 20)
    page.mouse.wheel(0, -400)
    expect(svg).to_have_attribute("data-zoom", re.compile(r"^(1\.[1-9]|[2-4])"))
    viewport = page.locator("#network g.viewport")
    start = viewport.get_attribute("transform")
    page.mouse.down()
    page.mouse.move(svg_box["x"] + 120, svg_box["y"] + 90, steps=4)
    page.mouse.up()
    assert viewport.get_attribute("transform") != start
    shoot(page, "network-mouse")

    # labels: whole words, and no two drawn labels on top of each other once laid out
    page.get_by_role("button", name="Reset view").click()
    page.wait_for_function("document.querySelector('#network').getAttribute('data-settled') === 'true'")
    overlaps = page.evaluate(
        """() => {
          const boxes = [...document.querySelectorAll('#network g.node text')]
            .map(t => t.getBoundingClientRect());
          let n = 0;
          for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i], b = boxes[j];
            const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
            const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
            if (w > 4 && h > 4) n++;
          }
          return [n, boxes.length];
        }"""
    )
    assert overlaps[0] <= overlaps[1] // 10, overlaps

    # a double click opens the node's page
    page.locator("#network g.node.focus circle").dblclick()
    expect(page).to_have_url(re.compile(r"/id/org/cpt$"))


def test_editor_completes_vocabulary_and_entities(page: Page, server: Server) -> None:
    page.goto(server.url + "/editor")
    content = page.locator(".cm-content")
    content.click()
    page.keyboard.press("Control+a")
    page.keyboard.press("Delete")
    page.keyboard.type("SELECT * WHERE { ?x a tg:Ratif")
    _accept(page, page.locator(".cm-tooltip-autocomplete li", has_text="tg:Ratification"))
    text = _editor_text(page)
    assert "?x a tg:Ratification" in text
    # the prefix was missing, so accepting the name declared it
    assert text.startswith("PREFIX tg: <https://w3id.org/treatygraph/def#>")
    page.keyboard.type(" ; tg:stat")
    _accept(page, page.locator(".cm-tooltip-autocomplete li", has_text="tg:state"))
    # an entity by its name, written as its full IRI
    page.keyboard.type(" <Russi")
    russia = page.locator(".cm-tooltip-autocomplete li", has_text="Russia")
    expect(russia.first).to_be_visible()
    shoot(page, "editor-completion")
    _accept(page, russia)
    assert "tg:state <" + BASE + "state/rus>" in _editor_text(page)


def test_results_chart_shared_link_recent_and_download(page: Page, server: Server) -> None:
    page.goto(server.url + "/editor")
    page.get_by_role("button", name="Russia's treaty actions in date order").click()
    chart = page.locator("#results-chart")
    expect(chart).to_have_attribute("data-kind", "timeline")
    status = page.locator("#results-status")
    expect(status).to_contain_text("rows in")
    rows = page.locator("#results tbody tr").count()
    dated = page.evaluate(
        "[...document.querySelectorAll('#results tbody tr')]"
        ".filter(r => /^\\d{4}/.test(r.children[3].textContent)).length"
    )
    expect(chart.locator("circle.point")).to_have_count(dated)
    shoot(page, "editor-timeline")

    # the address now holds the query: opening it elsewhere runs it and shows the same results
    shared = page.get_by_role("link", name="Link to this query and its results").get_attribute("href")
    assert shared is not None and "?query=" in shared and page.url == shared
    other = page.context.new_page()
    other.goto(shared)
    expect(other.locator("#results-status")).to_contain_text(f"{rows} rows in")
    expect(other.locator("#results-chart")).to_have_attribute("data-kind", "timeline")
    other.close()

    # counts are drawn as bars
    counts = "SELECT ?type (COUNT(?s) AS ?n) WHERE { ?s a ?type } GROUP BY ?type ORDER BY DESC(?n) LIMIT 6"
    page.goto(server.url + "/editor?query=" + quote(counts))
    expect(page.locator("#results-chart")).to_have_attribute("data-kind", "bars")
    expect(page.locator("#chart rect.bar")).to_have_count(6)
    shoot(page, "editor-bars")

    # recent queries survive a reload, in this browser
    page.goto(server.url + "/editor")
    recent = page.get_by_role("list", name="Recent queries")
    expect(recent.locator("button").first).to_contain_text("SELECT ?type (COUNT(?s) AS ?n)")
    expect(recent.locator("button")).to_have_count(2)

    # downloads are saved under a name with the format's extension
    recent.locator("button").first.click()
    expect(page.locator("#downloads")).to_be_visible()
    with page.expect_download() as done:
        page.get_by_role("button", name=re.compile(r"^Download the results as CSV")).click()
    download = done.value
    assert download.suggested_filename == "results.csv"
    path = download.path()
    assert path is not None
    assert path.read_text(encoding="utf-8").splitlines()[0].strip() == "type,n"
