"""The web UI and HTTP API over a store: annotate a story, explore a corpus, and JSON endpoints.

Pages are rendered on the server; every piece of article text goes through `html.escape`. The
only JavaScript is served from the package (plotly's bundle and static/app.js), never a CDN.
"""

from __future__ import annotations

import datetime as dt
import html
import math
import re
import threading
from collections import Counter, defaultdict
from functools import lru_cache
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, Field

from ..records import Article, Document
from ..store import LIVE, Store, content_hash

MAX_BODY = 2_000_000  # bytes a request may carry (a long article is ~50 kB)
# Seconds one request may spend coding (a long article takes about one): past it the request gets
# 503 and the server moves on, so one huge paste cannot hold the coder for everyone else.
TIME_LIMIT = 30.0
PAGE = 50
MAX_OFFSET = 1_000_000_000  # DuckDB's OFFSET overflows past 64 bits; no store is this big
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
QUAD_COLOURS = {1: "#4c9f70", 2: "#1f6f43", 3: "#e0913a", 4: "#c0392b"}
NAV = (("/annotate", "Annotate"), ("/explore", "Explore"), ("/dyad", "Dyads"), ("/network", "Network"),
       ("/map", "Map"), ("/docs", "API"))


# A date parameter is the ISO form only: pydantic would also take 0 as 1970-01-01.
ISO_DATE = r"^\d{4}-\d{2}-\d{2}$"
CODE_ERRORS = {
    400: {"description": "the body is not JSON"},
    413: {"description": "the request or its text is over the size limit"},
    503: {"description": "coding took longer than the server's time limit"},
}


class CodeRequest(BaseModel):
    text: str
    # the form here, a real date in code_text (iso_date): 2026-02-30 gets the same 422
    published: str | None = Field(None, pattern=ISO_DATE, json_schema_extra={"format": "date"})


def iso_date(value: str | None, name: str, where: str = "query") -> str | None:
    """A YYYY-MM-DD query value, or 422 naming the parameter (a bad date must not reach SQL)."""
    if not value:
        return None
    try:
        if re.fullmatch(ISO_DATE, value):
            return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        pass
    # the same shape as FastAPI's own validation errors, as the OpenAPI document promises
    raise RequestValidationError([{"type": "value_error", "loc": (where, name), "input": value,
                                   "msg": f"{name} must be a date as YYYY-MM-DD"}])


def esc(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def page(title: str, body: str, active: str = "", charts: bool = False) -> HTMLResponse:
    nav = " ".join(f'<a href="{href}" class="{"on" if href == active else ""}">{name}</a>' for href, name in NAV)
    scripts = '<script src="/static/plotly.min.js"></script>' if charts else ""
    return HTMLResponse(f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(title)} · newsevents</title>
<link rel="stylesheet" href="/static/style.css">{scripts}<script src="/static/app.js" defer></script></head>
<body><header><strong>newsevents</strong> <nav>{nav}</nav></header><main>
<h1>{esc(title)}</h1>
{body}
</main></body></html>""")


def highlight(text: str, doc: Document) -> str:
    """The article with actors, event triggers (by quad class) and quotations marked up. Classes are
    set per character, then runs of equal classes become one escaped <span>."""
    n = len(text)
    classes: list[set[str]] = [set() for _ in range(n)]
    events_at: list[int | None] = [None] * n

    def mark(start, end, name):
        for i in range(max(0, start), min(n, end)):
            classes[i].add(name)

    for q in doc.quotes:
        mark(q.start, q.end, "quote")
    for a in doc.actors:
        mark(a.start, a.end, "actor")
    for i, e in enumerate(doc.events):
        if e.trigger_start is not None:
            mark(e.trigger_start, e.trigger_end, f"trig quad{e.quad_class}")
            for k in range(e.trigger_start, min(n, e.trigger_end)):
                events_at[k] = i
    out, start = [], 0
    for i in range(1, n + 1):
        if i == n or classes[i] != classes[start] or events_at[i] != events_at[start]:
            chunk = esc(text[start:i])
            cls = " ".join(sorted(c for names in classes[start] for c in names.split()))
            ev = events_at[start]
            if cls or ev is not None:
                data = f' data-ev="{ev}" tabindex="0"' if ev is not None else ""
                out.append(f'<span class="{cls}"{data}>{chunk}</span>')
            else:
                out.append(chunk)
            start = i
    return "".join(out).replace("\n", "<br>\n")


def event_rows(doc: Document) -> str:
    rows = []
    for i, e in enumerate(doc.events):
        place = e.location.name if e.location else ""
        who = lambda a: esc(a.code or a.text) if a else ""  # noqa: E731
        rows.append(
            f'<tr data-ev="{i}" class="quad{e.quad_class}{" negated" if e.negated else ""}">'
            f"<td>{who(e.source)}</td><td>{esc(e.plover.type or e.cameo_name)} <small>{esc(e.cameo)}</small></td>"
            f"<td>{who(e.target)}</td><td>{esc(e.date)}</td><td>{esc(place)}</td><td>{e.goldstein:+.1f}</td>"
            f"<td><code>{esc(e.rule)}</code>{' <em>negated</em>' if e.negated else ''}"
            f"{'' if e.modality == 'asserted' else ' <em>' + esc(e.modality) + '</em>'}</td></tr>"
        )
    head = "<tr><th>source</th><th>type</th><th>target</th><th>date</th><th>place</th><th>Goldstein</th><th>rule</th></tr>"
    return f'<table class="events">{head}{"".join(rows)}</table>' if rows else "<p>No events.</p>"


def quote_list(doc: Document) -> str:
    from ..stages.quotes import by_speaker

    parts = []
    for label, qs in by_speaker(doc.quotes):
        items = "".join(f"<li><span class=\"kind\">{esc(q.kind)}</span> {esc(q.text)}</li>" for q in qs)
        parts.append(f"<h3>{esc(label)}</h3><ul>{items}</ul>")
    return "".join(parts) or "<p>No quotations.</p>"


@lru_cache(maxsize=1)
def _outlines() -> list[tuple[list[float], list[float]]]:
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


def create_app(db: str, coder=None, time_limit: float | None = None) -> FastAPI:
    time_limit = TIME_LIMIT if time_limit is None else time_limit
    app = FastAPI(title="newsevents", version="0.1.0", docs_url=None, redoc_url=None,
                  description="Political events and quotations from news text.")
    store = Store(db)
    lock = threading.Lock()
    state = {"coder": coder}

    def get_coder():
        if state["coder"] is None:
            import newsevents

            state["coder"] = newsevents.load()
        return state["coder"]

    def code_text(text: str, published: str | None) -> Document:
        from ..coder import CodingTimeout

        published = iso_date(published, "published", "body")

        with lock:
            coder = get_coder()  # loading the model is not the request's processing time
            try:
                return coder.code(text, published=published or None, doc_id="pasted", timeout=time_limit)
            except CodingTimeout:
                raise HTTPException(503, f"coding took longer than the server's {time_limit:g} s limit; "
                                         "send a shorter text") from None

    @app.middleware("http")
    async def limit_size(request: Request, call_next):
        size = request.headers.get("content-length")
        if size and size.isdigit() and int(size) > MAX_BODY:
            return PlainTextResponse(f"request larger than {MAX_BODY} bytes", status_code=413)
        return await call_next(request)

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str):
        if name == "plotly.min.js":
            import plotly

            path = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
            return Response(path.read_bytes(), media_type="application/javascript")
        files = {"app.js": "application/javascript", "style.css": "text/css"}
        if name not in files:
            raise HTTPException(404)
        data = (resources.files("newsevents.web") / "static" / name).read_bytes()
        return Response(data, media_type=files[name])

    @app.get("/", include_in_schema=False)
    def home():
        return RedirectResponse("/annotate")

    @app.get("/annotate", response_class=HTMLResponse, include_in_schema=False)
    def annotate_form():
        return page("Annotate a story", FORM, "/annotate")

    @app.post("/annotate", response_class=HTMLResponse, include_in_schema=False)
    async def annotate(text: str = Form(""), published: str = Form(""), file: UploadFile | None = File(None)):
        if file is not None and file.filename:
            raw = await file.read(MAX_BODY + 1)
            if len(raw) > MAX_BODY:
                raise HTTPException(413, "file too large")
            text = raw.decode("utf-8", errors="replace")
        if not text.strip():
            return page("Annotate a story", '<p class="error">Paste a story or choose a file.</p>' + FORM, "/annotate")
        doc = code_text(text, published)
        body = f"""
<div class="annotated">
 <article class="story">{highlight(text, doc)}</article>
 <aside><h2>Events</h2>{event_rows(doc)}<h2>Quotations by speaker</h2>{quote_list(doc)}
 <form method="post" action="/save"><input type="hidden" name="text" value="{esc(text)}">
 <input type="hidden" name="published" value="{esc(published)}"><button type="submit">Save to store</button></form>
 </aside></div>
<p class="legend"><span class="actor">actor</span> <span class="trig quad1">verbal cooperation</span>
<span class="trig quad2">material cooperation</span> <span class="trig quad3">verbal conflict</span>
<span class="trig quad4">material conflict</span> <span class="quote">quotation</span></p>"""
        return page("Annotated story", body, "/annotate")

    @app.post("/save", include_in_schema=False)
    def save(text: str = Form(...), published: str = Form("")):
        doc = code_text(text, published)
        article = Article(doc.doc_id, text, published or None, origin="web")
        digest = content_hash(article)
        with lock:
            if not store.has(digest):
                doc.doc_id = "web-" + digest[:12]
                store.add(article, doc, digest)
        return RedirectResponse("/explore", status_code=303)

    def filters(source, target, type_, since, until, q):
        return {"source": source or None, "target": target or None, "type_": type_ or None,
                "since": iso_date(since, "since"), "until": iso_date(until, "until"), "text": q or None}

    @app.get("/explore", response_class=HTMLResponse, include_in_schema=False)
    def explore(source: str = "", target: str = "", type: str = "", since: str = "", until: str = "",
                q: str = "", page_no: int = Query(1, alias="page", ge=1)):
        f = filters(source, target, type, since, until, q)
        with lock:
            cols, rows = store.events(**f, limit=PAGE + 1, offset=(page_no - 1) * PAGE)
        more = len(rows) > PAGE
        rows = rows[:PAGE]
        form = f"""<form class="filters" method="get" action="/explore">
<label>source <input name="source" value="{esc(source)}" size="8"></label>
<label>target <input name="target" value="{esc(target)}" size="8"></label>
<label>type <input name="type" value="{esc(type)}" size="10" placeholder="ASSAULT or 19"></label>
<label>from <input name="since" type="date" value="{esc(since)}"></label>
<label>to <input name="until" type="date" value="{esc(until)}"></label>
<label>text <input name="q" value="{esc(q)}"></label><button type="submit">Filter</button></form>"""
        head = "".join(f"<th>{esc(c)}</th>" for c in cols)
        body_rows = []
        for r in rows:
            d = dict(zip(cols, r))
            dyad = f'/dyad?source={esc(d["source_code"] or "")}&amp;target={esc(d["target_code"] or "")}'
            cells = "".join(f"<td>{esc(v)}</td>" for v in r)
            body_rows.append(f'<tr class="quad{esc(d["quad_class"])}" data-dyad="{dyad}">{cells}</tr>')
        query = "&amp;".join(f"{k}={esc(v)}" for k, v in (("source", source), ("target", target), ("type", type),
                                                            ("since", since), ("until", until), ("q", q)) if v)
        pager = (f'<a href="/explore?{query}&amp;page={page_no - 1}">previous</a> ' if page_no > 1 else "") + \
                (f'<a href="/explore?{query}&amp;page={page_no + 1}">next</a>' if more else "")
        table = f'<table class="explore"><tr>{head}</tr>{"".join(body_rows)}</table>' if rows else "<p>No events match.</p>"
        return page("Explore stored events", form + table + f'<p class="pager">{pager}</p>', "/explore")

    @app.get("/dyad", response_class=HTMLResponse, include_in_schema=False)
    def dyad(source: str = "", target: str = ""):
        import plotly.graph_objects as go

        form = f"""<form class="filters" method="get" action="/dyad">
<label>source <input name="source" value="{esc(source)}" size="8"></label>
<label>target <input name="target" value="{esc(target)}" size="8"></label><button type="submit">Show</button></form>"""
        if not source and not target:
            with lock:
                top = store.con.execute(
                    f"SELECT source_code, target_code, count(*) FROM events WHERE {LIVE} "
                    "AND source_code IS NOT NULL AND target_code IS NOT NULL GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 20").fetchall()
            links = "".join(f'<li><a href="/dyad?source={esc(s)}&amp;target={esc(t)}">{esc(s)} → {esc(t)}</a> ({n})</li>' for s, t, n in top)
            return page("Dyads", form + f"<ul class='dyads'>{links}</ul>", "/dyad")
        with lock:
            _, rows = store.events(source or None, target or None, columns=("event_date", "quad_class", "goldstein"))
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
        chart = fig.to_html(include_plotlyjs=False, full_html=False, div_id="dyad-chart")
        title = f"{source or 'any'} → {target or 'any'}: {len(rows)} events"
        return page(title, form + chart, "/dyad", charts=True)

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def network(limit: int = Query(60, ge=2, le=500)):
        import plotly.graph_objects as go

        with lock:
            pairs = store.con.execute(
                f"SELECT source_code, target_code, count(*), avg(quad_class) FROM events WHERE {LIVE} "
                "AND source_code IS NOT NULL AND target_code IS NOT NULL "
                "AND source_code <> target_code GROUP BY 1, 2 ORDER BY 3 DESC LIMIT ?", [limit]).fetchall()
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
        chart = fig.to_html(include_plotlyjs=False, full_html=False, div_id="network-chart")
        note = "<p>Edges: green for cooperation, red for conflict (mean quad class); width grows with the number of events.</p>"
        return page("Actor network", note + chart, "/network", charts=True)

    @app.get("/map", response_class=HTMLResponse, include_in_schema=False)
    def event_map():
        import plotly.graph_objects as go

        with lock:
            points = store.con.execute(
                "SELECT CAST(json_extract(record, '$.location.lat') AS DOUBLE), CAST(json_extract(record, '$.location.lon') AS DOUBLE), "
                "json_extract_string(record, '$.location.name'), quad_class, count(*) FROM events "
                f"WHERE {LIVE} AND json_extract(record, '$.location.lat') IS NOT NULL "
                "GROUP BY 1, 2, 3, 4").fetchall()
        fig = go.Figure()
        xs, ys = [], []
        for lon, lat in _outlines():
            xs += lon + [None]
            ys += lat + [None]
        fig.add_scatter(x=xs, y=ys, mode="lines", line={"width": 0.5, "color": "#999"}, hoverinfo="skip", showlegend=False)
        for quad in (1, 2, 3, 4):
            sel = [p for p in points if p[3] == quad]
            fig.add_scatter(x=[p[1] for p in sel], y=[p[0] for p in sel], mode="markers", name=QUAD_NAMES[quad],
                            text=[f"{p[2]}: {p[4]}" for p in sel], marker={"color": QUAD_COLOURS[quad], "size": [6 + 3 * math.log1p(p[4]) for p in sel]})
        fig.update_layout(height=560, xaxis={"range": [-180, 180], "visible": False}, yaxis={"range": [-60, 85], "visible": False, "scaleanchor": "x"},
                          margin={"t": 20}, plot_bgcolor="#f4f7fa")
        chart = fig.to_html(include_plotlyjs=False, full_html=False, div_id="map-chart")
        return page("Where events happened", chart, "/map", charts=True)

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs():
        spec = app.openapi()
        items = []
        for path, ops in spec["paths"].items():
            for method, op in ops.items():
                params = ", ".join(esc(p["name"]) for p in op.get("parameters", []))
                items.append(f"<li><code>{esc(method.upper())} {esc(path)}</code> — {esc(op.get('summary', ''))}"
                             f"{' (' + params + ')' if params else ''}</li>")
        return page("HTTP API", f"<p>OpenAPI: <a href='/openapi.json'>/openapi.json</a></p><ul>{''.join(items)}</ul>", "/docs")

    # -- JSON API ---------------------------------------------------------------------------------
    @app.post("/api/code", summary="Code a text: the document JSON", responses=CODE_ERRORS)
    def api_code(req: CodeRequest):
        if len(req.text) > MAX_BODY:
            raise HTTPException(413, "text too long")
        return code_text(req.text, req.published).to_dict()

    @app.get("/api/events", summary="Stored events, filtered")
    def api_events(source: str | None = None, target: str | None = None, type: str | None = None,
                   since: str | None = Query(None, pattern=ISO_DATE, json_schema_extra={"format": "date"}),
                   until: str | None = Query(None, pattern=ISO_DATE, json_schema_extra={"format": "date"}), q: str | None = None,
                   limit: int = Query(100, ge=1, le=1000), offset: int = Query(0, ge=0, le=MAX_OFFSET)):
        since, until = iso_date(since, "since"), iso_date(until, "until")
        with lock:
            cols, rows = store.events(source, target, type, since, until, limit=limit, text=q, offset=offset)
        return [{c: (str(v) if isinstance(v, dt.date) else v) for c, v in zip(cols, r)} for r in rows]

    @app.get("/api/actors", summary="Actors by number of events as source or target")
    def api_actors(limit: int = Query(50, ge=1, le=1000)):
        with lock:
            rows = store.con.execute(
                f"SELECT code, count(*) FROM (SELECT source_code AS code FROM events WHERE {LIVE} UNION ALL "
                f"SELECT target_code FROM events WHERE {LIVE}) WHERE code IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?", [limit]).fetchall()
        return [{"code": c, "events": n} for c, n in rows]

    @app.get("/api/dyads", summary="Dyads with event counts and mean Goldstein")
    def api_dyads(limit: int = Query(50, ge=1, le=1000)):
        with lock:
            rows = store.con.execute(
                f"SELECT source_code, target_code, count(*), avg(goldstein) FROM events WHERE {LIVE} AND "
                "source_code IS NOT NULL AND target_code IS NOT NULL GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ?", [limit]).fetchall()
        return [{"source": s, "target": t, "events": n, "mean_goldstein": round(g, 2)} for s, t, n, g in rows]

    @app.get("/api/stats", summary="Counts by type, dyad and day")
    def api_stats():
        with lock:
            stats = store.stats()
        return JSONResponse({k: [list(map(lambda v: v if isinstance(v, (int, float)) or v is None else str(v), r)) for r in rows]
                             for k, rows in stats.items()})

    app.state.store = store
    return app


FORM = """<form class="annotate" method="post" action="/annotate" enctype="multipart/form-data">
<textarea name="text" rows="14" cols="90" placeholder="Paste a news story: headline, then the body"></textarea><br>
<label>Published <input type="date" name="published"></label>
<label>or a file <input type="file" name="file" accept=".txt,.html,.htm"></label>
<button type="submit">Code it</button></form>"""
