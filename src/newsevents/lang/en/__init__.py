"""English."""

from .. import Language

LANGUAGE = Language("en")
