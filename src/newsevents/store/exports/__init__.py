"""Exports other tools read: GDELT 2.0 event table, PLOVER/POLECAT-style JSON, Parquet, CSV, JSONL.

GDELT rows are grouped events (`event_groups` in the store: same day, dyad and CAMEO code), with
NumMentions, NumSources and NumArticles counted across articles; the other formats hold one row per
coded event. Negated and hypothetical events are left out of every export.
"""

from __future__ import annotations

from ...registry import exporters
from .gdelt import write_gdelt
from .tables import write_csv, write_jsonl, write_parquet, write_plover

write_gdelt.unit = "grouped events"
write_parquet.writes_folder = True  # takes a folder (Path), not an open file

for _name, _writer in (("gdelt", write_gdelt), ("plover", write_plover), ("csv", write_csv),
                       ("jsonl", write_jsonl), ("parquet", write_parquet)):
    exporters.register(_name, func=_writer)
