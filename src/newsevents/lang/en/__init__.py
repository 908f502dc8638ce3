"""English: the word lists in words.toml and the date-expression grammar in dates.py."""

from pathlib import Path

from .. import Language
from .dates import read_date

LANGUAGE = Language("en", Path(__file__).parent, read_date=read_date)
