"""Ctrl-C, whichever way it arrives.

DuckDB turns a Ctrl-C that lands inside one of its queries into its own error (an
InterruptException, or a RuntimeError "Query interrupted" from a fetch) instead of Python's
KeyboardInterrupt. It is the same Ctrl-C: code that stores records one by one after a failed batch
must stop on it, not record it as one more failure, and the CLI must answer it with one line and
status 130. Checked by name so that the CLI need not import duckdb to start."""

from __future__ import annotations


def is_interrupt(err: BaseException) -> bool:
    return (isinstance(err, KeyboardInterrupt) or type(err).__name__ == "InterruptException"
            or (isinstance(err, RuntimeError) and str(err) == "Query interrupted"))
