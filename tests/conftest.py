import pytest

from newsevents.pipeline import Coder
from newsevents.schema import Article


@pytest.fixture(scope="session")
def coder():
    return Coder()


@pytest.fixture(scope="session")
def code(coder):
    def run(text, published="2026-11-20", structured=False):
        return coder.code_one(Article("t", text, published, structured=structured))

    return run
