"""The plotly charts of the dyad, network and map pages, as <div>s for a template to place.

plotly is imported inside each function: it takes a while to import and only these pages need it.
Its bundle is served from /static, so the divs are made without it.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from functools import lru_cache

from markupsafe import Markup

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
QUAD_COLOURS = {1: "#4c9f70", 2: "#1f6f43", 3: "#e0913a", 4: "#c0392b"}


def as_div(fig, div_id: str) -> Markup:
    # Safe to mark up as is: plotly writes the figure as JSON with "<" as \u003c, so no text from
    # the store (actor codes, place names) can close the script it sits in.
    return Markup(fig.to_html(include_plotlyjs=False, full_html=False, div_id=div_id))


def dyad_chart(rows: list[tuple]) -> Markup:
    """Events per day stacked by quad class, with the day's mean Goldstein score on a second axis;
    `rows` are (date, quad class, Goldstein) of each event."""
    import plotly.graph_objects as go

    per_day: dict[str, Counter] = defaultdict(Counter)
    gold: dict[str, list[float]] = defaultdict(list)
    for day, quad, g in rows:
        per_day[str(day)][quad] += 1
        gold[str(day)].append(g)
    days = sorted(per_day)
    fig = go.Figure()
    for quad in (1, 2, 3, 4):
        fig.add_bar(x=days, y=[per_day[d][quad] for d in days], name=QUAD_NAMES[quad], marker_color=QUAD_COLOURS[quad])
    fig.add_scatter(x=days, y=[sum(gold[d]) / len(gold[d]) for d in days], name="mean Goldstein", yaxis="y2",
                    mode="lines+markers", line={"color": "#333"})
    fig.update_layout(barmode="stack", height=420, margin={"t": 30},
                      yaxis={"title": "events per day"}, yaxis2={"title": "mean Goldstein", "overlaying": "y", "side": "right", "range": [-10, 10]})
    return as_div(fig, "dyad-chart")


def network_chart(pairs: list[tuple]) -> Markup:
    """Actors on a circle, an edge per (source, target, events, mean quad class) in `pairs`."""
    import plotly.graph_objects as go

    nodes = sorted({a for p in pairs for a in p[:2]})
    pos = {n: (math.cos(2 * math.pi * i / max(1, len(nodes))), math.sin(2 * math.pi * i / max(1, len(nodes)))) for i, n in enumerate(nodes)}
    fig = go.Figure()
    for s, t, n, quad in pairs:
        colour = QUAD_COLOURS[2] if quad < 2.5 else QUAD_COLOURS[4]
        fig.add_scatter(x=[pos[s][0], pos[t][0]], y=[pos[s][1], pos[t][1]], mode="lines", hoverinfo="text",
                        text=f"{s} → {t}: {n}", line={"width": 1 + 2 * math.log1p(n), "color": colour}, showlegend=False)
    fig.add_scatter(x=[pos[n][0] for n in nodes], y=[pos[n][1] for n in nodes], mode="markers+text", text=nodes,
                    textposition="top center", marker={"size": 12, "color": "#2c3e50"}, showlegend=False)
    fig.update_layout(height=600, xaxis={"visible": False}, yaxis={"visible": False}, margin={"t": 20})
    return as_div(fig, "network-chart")


def map_chart(points: list[tuple]) -> Markup:
    """A dot per (lat, lon, place, quad class, events) in `points`, over country outlines."""
    import plotly.graph_objects as go

    fig = go.Figure()
    xs, ys = [], []
    for lon, lat in outlines():
        xs += lon + [None]
        ys += lat + [None]
    fig.add_scatter(x=xs, y=ys, mode="lines", line={"width": 0.5, "color": "#999"}, hoverinfo="skip", showlegend=False)
    for quad in (1, 2, 3, 4):
        sel = [p for p in points if p[3] == quad]
        fig.add_scatter(x=[p[1] for p in sel], y=[p[0] for p in sel], mode="markers", name=QUAD_NAMES[quad],
                        text=[f"{p[2]}: {p[4]}" for p in sel], marker={"color": QUAD_COLOURS[quad], "size": [6 + 3 * math.log1p(p[4]) for p in sel]})
    fig.update_layout(height=560, xaxis={"range": [-180, 180], "visible": False}, yaxis={"range": [-60, 85], "visible": False, "scaleanchor": "x"},
                      margin={"t": 20}, plot_bgcolor="#f4f7fa")
    return as_div(fig, "map-chart")


@lru_cache(maxsize=1)
def outlines() -> list[tuple[list[float], list[float]]]:
    """Country outlines (lon, lat rings) from the countryinfo package, for an offline base map."""
    from countryinfo import all_countries

    rings = []
    for c in all_countries():
        try:
            gj = c.geo_json()
        except Exception:  # a country without an outline is left off the base map
            continue
        for feature in (gj or {}).get("features", ()):
            geom = feature.get("geometry") or {}
            polys = geom.get("coordinates", [])
            polys = polys if geom.get("type") == "MultiPolygon" else [polys]
            for poly in polys:
                for ring in poly[:1]:
                    rings.append(([p[0] for p in ring], [p[1] for p in ring]))
    return rings
