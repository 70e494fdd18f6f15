"""The contract every search backend fulfils, whatever engine is behind it."""

from abc import ABC, abstractmethod
from dataclasses import dataclass, field


@dataclass(frozen=True)
class SearchQuery:
    """What the visitor asked: words, language, and optional narrowing."""

    text: str
    language: str
    network: str = ""
    type: str = ""
    page: int = 1
    per_page: int = 10

    @property
    def offset(self):
        return (self.page - 1) * self.per_page


@dataclass(frozen=True)
class Hit:
    page_id: int
    title: str
    url: str
    type: str
    network: str | None
    snippet: str  # safe HTML: escaped text with <mark> around matches
    language: str


@dataclass(frozen=True)
class Facet:
    value: str
    label: str
    count: int


@dataclass
class SearchResults:
    query: SearchQuery
    language: str
    hits: list[Hit] = field(default_factory=list)
    total: int = 0
    networks: list[Facet] = field(default_factory=list)
    types: list[Facet] = field(default_factory=list)
    suggestion: str = ""

    @property
    def num_pages(self):
        return max(1, -(-self.total // self.query.per_page))


class SearchBackend(ABC):
    """One search over every page type, in one language at a time."""

    @abstractmethod
    def search(self, query: SearchQuery) -> SearchResults:
        """Live pages of ``query.language`` that match, with facets counted
        before the network and type filters narrow the hits."""

    @abstractmethod
    def index_pages(self, pages):
        """Add or refresh pages (specific instances, any locale); returns how many."""

    @abstractmethod
    def remove_pages(self, page_ids):
        """Drop pages from the index by id (they may be gone from the database)."""

    @abstractmethod
    def rebuilding(self, language):
        """A context manager to fill one language's index again from scratch.

        It gives a writer with ``index_pages`` and ``remove_pages``. Searches
        in that language never find the index empty meanwhile. When the
        block ends they find what the writer was given, and on a backend
        that fills in place, also what it held before and the writer did
        not remove (``search_index`` removes every page not indexable).
        """
