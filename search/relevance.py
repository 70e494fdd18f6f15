"""The relevance suite: what people type, and the page they must find.

Each case gives the language, the words, and the path (below the language
prefix) of the page that must be among the first three results.
"""

from dataclasses import dataclass

from .backends import SearchQuery
from .services import search

TOP = 3

CASES = [
    # Italian: inflections.
    ("it", "contratti", "/guida/assumere-con-contratto-regolare/"),
    ("it", "assumere badante", "/guida/assumere-con-contratto-regolare/"),
    ("it", "livelli orario", "/guida/livelli-e-orario-di-lavoro/"),
    ("it", "livello CS", "/guida/livelli-e-orario-di-lavoro/"),
    ("it", "contributi INPS", "/guida/retribuzione-e-contributi/"),
    ("it", "busta paga", "/guida/retribuzione-e-contributi/"),
    ("it", "stipendio", "/guida/retribuzione-e-contributi/"),
    ("it", "ferie", "/guida/ferie-malattia-e-tfr/"),
    ("it", "malattia TFR", "/guida/ferie-malattia-e-tfr/"),
    ("it", "licenziamento", "/guida/cessazione-del-rapporto-di-lavoro/"),
    ("it", "preavviso dimissioni", "/guida/cessazione-del-rapporto-di-lavoro/"),
    ("it", "permesso di soggiorno", "/guida/permesso-di-soggiorno-lavoro-domestico/"),
    ("it", "rinnovo permesso", "/guida/permesso-di-soggiorno-lavoro-domestico/"),
    ("it", "riconoscimento competenze", "/guida/riconoscimento-delle-competenze/"),
    ("it", "certificazione delle competenze", "/guida/riconoscimento-delle-competenze/"),
    ("it", "sostituzione", "/guida/contributi-per-le-famiglie/"),
    ("it", "contributo famiglie", "/guida/contributi-per-le-famiglie/"),
    # Italian: synonyms.
    ("it", "assumere una colf", "/guida/assumere-con-contratto-regolare/"),
    ("it", "formazione", "/corsi/"),
    # Italian: town names.
    ("it", "Moncalieri", "/torino/sportelli/sportello-assistenza-familiare-moncalieri/"),
    ("it", "sportello Mondovì", "/cuneo/sportelli/sportello-assistenza-familiare-mondovi/"),
    ("it", "Cuneo", "/cuneo/"),
    ("it", "corso assistente familiare Cuneo", "/cuneo/corsi/"),
    (
        "it",
        "Domodossola",
        "/verbano-cusio-ossola/sportelli/sportello-assistenza-familiare-domodossola/",
    ),
    # Italian: typos.
    ("it", "contrato", "/guida/assumere-con-contratto-regolare/"),
    ("it", "soggiormo", "/guida/permesso-di-soggiorno-lavoro-domestico/"),
    ("it", "Moncaleri", "/torino/sportelli/sportello-assistenza-familiare-moncalieri/"),
    # English: the demo's English titles and introductions (synonyms and
    # plurals as in Italian; "Cuneo" alone would find its application pages).
    ("en", "hiring a care worker", "/guida/assumere-con-contratto-regolare/"),
    ("en", "hire legally", "/guida/assumere-con-contratto-regolare/"),
    ("en", "working hours", "/guida/livelli-e-orario-di-lavoro/"),
    ("en", "payslip", "/guida/retribuzione-e-contributi/"),
    ("en", "social security contributions", "/guida/retribuzione-e-contributi/"),
    ("en", "sick leave", "/guida/ferie-malattia-e-tfr/"),
    ("en", "holiday", "/guida/ferie-malattia-e-tfr/"),
    ("en", "dismissal notice", "/guida/cessazione-del-rapporto-di-lavoro/"),
    ("en", "residence permits", "/guida/permesso-di-soggiorno-lavoro-domestico/"),
    ("en", "skills recognised", "/guida/riconoscimento-delle-competenze/"),
    ("en", "grants for families", "/guida/contributi-per-le-famiglie/"),
    ("en", "helpdesk Moncalieri", "/torino/sportelli/sportello-assistenza-familiare-moncalieri/"),
    ("en", "courses Cuneo", "/cuneo/corsi/"),
    ("en", "skills assessment application Cuneo", "/cuneo/valutazione-competenze/"),
    ("en", "residence permt", "/guida/permesso-di-soggiorno-lavoro-domestico/"),
]


@dataclass(frozen=True)
class Outcome:
    language: str
    text: str
    expected: str
    rank: int | None  # 1-based; None when not in the results' first page

    @property
    def passed(self):
        return self.rank is not None and self.rank <= TOP


def run(cases=CASES, per_page=10):
    """Search every case with the configured backend; returns Outcomes."""
    outcomes = []
    for language, text, expected in cases:
        results = search(SearchQuery(text=text, language=language, per_page=per_page))
        urls = [hit.url for hit in results.hits]
        target = f"/{language}{expected}"
        rank = urls.index(target) + 1 if target in urls else None
        outcomes.append(Outcome(language, text, expected, rank))
    return outcomes


def mean_reciprocal_rank(outcomes):
    return sum(1 / o.rank for o in outcomes if o.rank) / len(outcomes)
