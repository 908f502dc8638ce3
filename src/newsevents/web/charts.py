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


LABEL_PX = 12  # the network's label font size
LABEL_GAP = 1.5  # neighbouring labels' centres are at least this many font sizes apart


def ring_radius(n: int) -> float:
    """The ring's radius in pixels: wide enough that `n` labels written along their radii, outward,
    stand LABEL_GAP font sizes apart where they start (and further apart beyond), so none overlaps."""
    return max(180.0, n * LABEL_GAP * LABEL_PX / (2 * math.pi))


def network_chart(pairs: list[tuple]) -> Markup:
    return as_div(network_figure(pairs), "network-chart")


def network_figure(pairs: list[tuple]):
    """Actors on a ring, an edge per (source, target, events, mean quad class) in `pairs`. Labels
    run outward along each node's radius (as on a sunburst), which keeps them apart however many
    nodes there are: the ring grows with their number."""
    import plotly.graph_objects as go

    nodes = sorted({a for p in pairs for a in p[:2]})
    n = max(1, len(nodes))
    angle = {node: 2 * math.pi * i / n for i, node in enumerate(nodes)}
    pos = {node: (math.cos(a), math.sin(a)) for node, a in angle.items()}
    fig = go.Figure()
    for s, t, count, quad in pairs:
        colour = QUAD_COLOURS[2] if quad < 2.5 else QUAD_COLOURS[4]
        fig.add_scatter(x=[pos[s][0], pos[t][0]], y=[pos[s][1], pos[t][1]], mode="lines", hoverinfo="text",
                        text=f"{s} → {t}: {count}", line={"width": 1 + 2 * math.log1p(count), "color": colour}, showlegend=False)
    fig.add_scatter(x=[pos[v][0] for v in nodes], y=[pos[v][1] for v in nodes], mode="markers", text=nodes,
                    hoverinfo="text", marker={"size": 10, "color": "#2c3e50"}, showlegend=False)
    for v in nodes:
        x, y = pos[v]
        degrees = math.degrees(angle[v])
        left = 90 < degrees < 270  # on the left, text reads from its outer end, so it is not upside down
        fig.add_annotation(x=x, y=y, text=v, showarrow=False, font={"size": LABEL_PX},
                           textangle=-(degrees - 180 if left else degrees),
                           xanchor="center" if abs(x) < 0.2 else ("right" if x < 0 else "left"),
                           yanchor="middle" if abs(y) < 0.2 else ("top" if y < 0 else "bottom"),
                           xshift=8 * x, yshift=8 * y)
    radius = ring_radius(len(nodes))
    reach = 1 + (LABEL_PX * 0.65 * max((len(v) for v in nodes), default=0) + 16) / radius  # the longest label's end
    side = int(2 * radius * reach) + 40
    axis = {"visible": False, "range": [-reach, reach], "fixedrange": True}
    fig.update_layout(height=side, width=side, xaxis=axis, yaxis={**axis, "scaleanchor": "x"},
                      margin={"t": 20, "b": 20, "l": 20, "r": 20}, plot_bgcolor="#fff")
    return fig


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
