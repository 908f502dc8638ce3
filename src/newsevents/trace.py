"""What each stage decided, recorded while coding for `newsevents explain`."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Step:
    stage: str
    what: str
    span: tuple[int, int] | None
    text: str | None  # the words of the span
    details: dict


@dataclass
class Trace:
    steps: list[Step] = field(default_factory=list)

    def add(self, stage: str, what: str, span, text: str, details: dict) -> None:
        words = text[span[0] : span[1]] if span else None
        self.steps.append(Step(stage, what, span, words, {k: v for k, v in details.items() if v is not None}))
