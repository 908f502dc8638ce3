"""The web UI and HTTP API over a store: annotate a story, explore a corpus, and JSON endpoints.

Pages are rendered on the server from autoescaped Jinja templates, so every piece of article text
is HTML-escaped. The only JavaScript is served from the package (plotly's bundle and
static/app.js), never a CDN.

app.py holds the routes, templates/ the pages, render.py and charts.py what the pages are given.
"""

from .app import create_app

__all__ = ["create_app"]
