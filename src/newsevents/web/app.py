"""The FastAPI app over one store: the pages, the JSON API, and the limits every request is held to.

Routes query the store and code text; what a page looks like is in templates/, filled through
render.py and charts.py.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from urllib.parse import urlencode
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from pydantic import BaseModel, Field

from ..records import DEFAULT_MIN_CONFIDENCE, Article, Document
from ..store import LIVE, FilterError, Store, content_hash
from ..store.filters import patterns
from . import charts
from .render import highlight, render, speakers

MAX_BODY = 2_000_000  # bytes a request may carry (a long article is ~50 kB)
# Seconds one request may spend coding (a long article takes about one): past it the request gets
# 503 and the server moves on, so one huge paste cannot hold the coder for everyone else.
TIME_LIMIT = 30.0
PAGE = 50
MAX_OFFSET = 1_000_000_000  # DuckDB's OFFSET overflows past 64 bits; no store is this big

# The explore table: (key, SQL) per value a row shows; actor names come from the event's record
# (the name resolved, else the words of the mention), beside the codes the filters match.
EXPLORE_COLUMNS = (
    ("date", "event_date"), ("source", "source_code"),
    ("source_name", "coalesce(json_extract_string(record, '$.source.name'), json_extract_string(record, '$.source.text'))"),
    ("target", "target_code"),
    ("target_name", "coalesce(json_extract_string(record, '$.target.name'), json_extract_string(record, '$.target.text'))"),
    ("type", "plover_type"), ("cameo", "cameo"), ("cameo_name", "json_extract_string(record, '$.cameo_name')"),
    ("modality", "modality"), ("goldstein", "goldstein"), ("quad_class", "quad_class"), ("confidence", "confidence"),
    ("place", "coalesce(json_extract_string(record, '$.location.name'), geo_country)"), ("doc_id", "doc_id"),
    ("sentence", "sentence"),
)

# The codes a filter may name, documented (not enforced: the store's own check answers with the
# valid codes, where a pattern mismatch would only quote the pattern).
PATTERNS = patterns()

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


def page(template: str, **context) -> HTMLResponse:
    return HTMLResponse(render(template, **context))


def create_app(db: str, coder=None, time_limit: float | None = None,
               min_confidence: float = DEFAULT_MIN_CONFIDENCE, allow_save: bool = False) -> FastAPI:
    """The app over the store `db`, opened read-only unless `allow_save` (then "Save to store"
    writes to it, and no other process can open the store while the app runs)."""
    time_limit = TIME_LIMIT if time_limit is None else time_limit
    app = FastAPI(title="newsevents", version="0.1.0", docs_url=None, redoc_url=None,
                  description="Political events and quotations from news text.")
    store = Store(db, read_only=not allow_save, min_confidence=min_confidence)
    lock = threading.Lock()

    def page(template: str, **context) -> HTMLResponse:
        # Shadows the module's `page` inside this app, so that every page knows whether this
        # server may save (the annotated story's Save button) without each route passing it.
        return HTMLResponse(render(template, can_save=allow_save, **context))
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
        return page("annotate.html")

    @app.post("/annotate", response_class=HTMLResponse, include_in_schema=False)
    async def annotate(text: str = Form(""), published: str = Form(""), file: UploadFile | None = File(None)):
        from ..reading import Failure, read_story

        def failed(message: str, status: int) -> HTMLResponse:
            response = page("annotate.html", error=message)
            response.status_code = status
            return response

        article = None
        if file is not None and file.filename:
            raw = await file.read(MAX_BODY + 1)
            if len(raw) > MAX_BODY:
                raise HTTPException(413, "file too large")
            # The command line's readers: an HTML page is extracted and cleaned, never coded as
            # markup. The name is used for its suffix and in messages only; nothing is written.
            name = Path(file.filename).name or "upload.txt"
            if Path(name).suffix.lower() in (".jsonl", ".ndjson", ".gz"):
                return failed(f"{name}: upload one story (.txt, .html, .htm); code JSON Lines with `newsevents ingest`", 400)
            article = read_story(raw, name, iso_date(published, "published", "body"))
            if isinstance(article, Failure):
                return failed(f"Cannot code {article}", 400)
            text, published = article.text, article.published or ""
        if not text.strip():
            return page("annotate.html", missing=True)
        try:
            doc = code_text(text, published)
        except HTTPException as err:
            if err.status_code != 503:
                raise
            return failed(str(err.detail), 503)
        # `text` is what was coded (a page's extracted text), so "Save to store" saves that, not markup.
        return page("annotated.html", runs=highlight(text, doc), events=doc.events, speakers=speakers(doc),
                    text=text, published=published, min_confidence=store.min_confidence)

    @app.post("/save", include_in_schema=False)
    def save(text: str = Form(...), published: str = Form("")):
        if not allow_save:
            raise HTTPException(403, "this server opened its store read-only; start it with "
                                     "`newsevents serve --allow-save` to save stories")
        doc = code_text(text, published)
        article = Article(doc.doc_id, text, published or None, origin="web")
        digest = content_hash(article)
        with lock:
            if not store.has(digest):
                doc.doc_id = "web-" + digest[:12]
                store.add(article, doc, digest)
        return RedirectResponse("/explore", status_code=303)

    @app.get("/explore", response_class=HTMLResponse, include_in_schema=False)
    def explore(source: str = "", target: str = "", type: str = "", since: str = "", until: str = "",
                q: str = "", page_no: int = Query(1, alias="page", ge=1)):
        f = {"source": source or None, "target": target or None, "type_": type or None,
             "since": iso_date(since, "since"), "until": iso_date(until, "until"), "text": q or None}
        form = {"source": source, "target": target, "type": type, "since": since, "until": until, "q": q}
        try:
            with lock:
                _, rows = store.events(**f, limit=PAGE + 1, offset=(page_no - 1) * PAGE,
                                       columns=tuple(sql for _, sql in EXPLORE_COLUMNS))
        except FilterError as err:
            return HTMLResponse(render("explore.html", error=str(err), rows=[], can_save=allow_save, **form), status_code=422)
        shown = [dict(zip((key for key, _ in EXPLORE_COLUMNS), r)) for r in rows[:PAGE]]
        for row in shown:
            row["dyad"] = urlencode({"source": row["source"] or "", "target": row["target"] or ""})
        return page("explore.html", rows=shown, more=len(rows) > PAGE, page=page_no,
                    query=urlencode({k: v for k, v in form.items() if v}), **form)

    @app.get("/dyad", response_class=HTMLResponse, include_in_schema=False)
    def dyad(source: str = "", target: str = ""):
        if not source and not target:
            with lock:
                top = store.con.execute(
                    f"SELECT source_code, target_code, count(*) FROM events WHERE {LIVE} "
                    "AND source_code IS NOT NULL AND target_code IS NOT NULL GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT 20").fetchall()
            return page("dyad.html", source=source, target=target, top=top)
        try:
            with lock:
                _, rows = store.events(source or None, target or None, columns=("event_date", "quad_class", "goldstein"))
        except FilterError as err:
            return HTMLResponse(render("dyad.html", source=source, target=target, top=[], error=str(err),
                                       can_save=allow_save), status_code=422)
        return page("dyad.html", source=source, target=target, count=len(rows), chart=charts.dyad_chart(rows))

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def network(limit: int = Query(60, ge=2, le=500)):
        with lock:
            pairs = store.con.execute(
                f"SELECT source_code, target_code, count(*), avg(quad_class) FROM events WHERE {LIVE} "
                "AND source_code IS NOT NULL AND target_code IS NOT NULL "
                "AND source_code <> target_code GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ?", [limit]).fetchall()
        return page("network.html", chart=charts.network_chart(pairs))

    @app.get("/map", response_class=HTMLResponse, include_in_schema=False)
    def event_map():
        with lock:
            points = store.con.execute(
                "SELECT CAST(json_extract(record, '$.location.lat') AS DOUBLE), CAST(json_extract(record, '$.location.lon') AS DOUBLE), "
                "json_extract_string(record, '$.location.name'), quad_class, count(*) FROM events "
                f"WHERE {LIVE} AND json_extract(record, '$.location.lat') IS NOT NULL "
                "GROUP BY 1, 2, 3, 4").fetchall()
        return page("map.html", chart=charts.map_chart(points))

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs():
        operations = [{"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                       "params": [p["name"] for p in op.get("parameters", [])]}
                      for path, ops in app.openapi()["paths"].items() for method, op in ops.items()]
        return page("api.html", operations=operations)

    # -- JSON API ---------------------------------------------------------------------------------
    @app.post("/api/code", summary="Code a text: the document JSON", responses=CODE_ERRORS)
    def api_code(req: CodeRequest):
        if len(req.text) > MAX_BODY:
            raise HTTPException(413, "text too long")
        return code_text(req.text, req.published).to_dict()

    @app.get("/api/events", summary="Stored events, filtered")
    def api_events(source: str | None = Query(None, json_schema_extra={"pattern": PATTERNS["actor"]}),
                   target: str | None = Query(None, json_schema_extra={"pattern": PATTERNS["actor"]}),
                   type: str | None = Query(None, json_schema_extra={"pattern": PATTERNS["type"]}),
                   since: str | None = Query(None, pattern=ISO_DATE, json_schema_extra={"format": "date"}),
                   until: str | None = Query(None, pattern=ISO_DATE, json_schema_extra={"format": "date"}), q: str | None = None,
                   limit: int = Query(100, ge=1, le=1000), offset: int = Query(0, ge=0, le=MAX_OFFSET)):
        since, until = iso_date(since, "since"), iso_date(until, "until")
        try:
            with lock:
                cols, rows = store.events(source, target, type, since, until, limit=limit, text=q, offset=offset)
        except FilterError as err:  # in the shape of FastAPI's own validation errors, as for dates
            raise RequestValidationError([{"type": "value_error", "loc": ("query", err.name), "input": {"source": source, "target": target, "type": type}[err.name],
                                           "msg": str(err)}]) from None
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
