"""Draw bench/results/latest.json as a PNG: queries/s by clients, and latency per query kind.

Run by ``bench.run`` with the peers' Python (``var/bench-peers``), which has matplotlib, so
the project itself does not depend on a plotting library:

    var/bench-peers/bin/python bench/plot.py bench/results/latest.json bench/results/latest.png
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

COLOURS = {"treatygraph": "#1f77b4", "oxigraph": "#ff7f0e", "rdflib-endpoint": "#2ca02c"}


def draw(report: dict[str, Any], out: Path) -> None:
    sizes = list(report["sizes"])
    fig, axes = plt.subplots(2, len(sizes), figsize=(6 * len(sizes), 8), squeeze=False)
    for col, size in enumerate(sizes):
        entry = report["sizes"][size]
        ax = axes[0][col]
        for name, c in entry["contenders"].items():
            cells = c.get("cells", {})
            if not cells:
                continue
            xs = [int(k) for k in cells]
            ax.plot(
                xs,
                [cells[k]["qps"] for k in cells],
                marker="o",
                label=f"{name} ({c['status']})",
                color=COLOURS.get(name),
            )
        ax.set_xscale("log", base=2)
        ax.set_yscale("log")
        ax.set_xlabel("concurrent clients")
        ax.set_ylabel("queries/s (mix)")
        ax.set_title(f"{int(size):,} triples ({entry['triples']:,} generated)")
        ax.legend(fontsize=8)
        ax.grid(True, which="both", alpha=0.3)

        ax = axes[1][col]
        names = [n for n, c in entry["contenders"].items() if c.get("cells")]
        kinds: list[str] = []
        for n in names:
            first = min(entry["contenders"][n]["cells"], key=int)
            kinds += [k for k in entry["contenders"][n]["cells"][first]["per_kind"] if k not in kinds]
        width = 0.8 / max(1, len(names))
        for i, n in enumerate(names):
            cells = entry["contenders"][n]["cells"]
            first = min(cells, key=int)
            values = [cells[first]["per_kind"].get(k, {}).get("p50_ms", 0) or 0 for k in kinds]
            ax.bar([j + i * width for j in range(len(kinds))], values, width, label=n, color=COLOURS.get(n))
        ax.set_xticks(
            [j + width * (len(names) - 1) / 2 for j in range(len(kinds))], kinds, rotation=30, fontsize=8
        )
        ax.set_yscale("log")
        ax.set_ylabel("p50 latency, ms (1 client)")
        ax.grid(True, axis="y", which="both", alpha=0.3)
        ax.legend(fontsize=8)
    m = report.get("machine", {})
    fig.suptitle(
        f"TreatyGraph benchmark — {m.get('nproc')} CPU ({m.get('cpu')}), {m.get('memory_gib')} GiB, "
        f"{report.get('started')}",
        fontsize=10,
    )
    fig.tight_layout()
    fig.savefig(out, dpi=90)


def main() -> int:
    report = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    draw(report, Path(sys.argv[2]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
