"""The Italian interface is complete: every string of the code has its translation."""

import subprocess

import polib

from tests.servers import BASE_DIR

CATALOGUE = BASE_DIR / "locales" / "it" / "LC_MESSAGES" / "django.po"


def test_italian_catalogue_has_no_missing_or_fuzzy_entries():
    catalogue = polib.pofile(str(CATALOGUE))
    missing = [e.msgid for e in catalogue.untranslated_entries()]
    fuzzy = [e.msgid for e in catalogue.fuzzy_entries()]
    assert missing == [] and fuzzy == []


def test_italian_catalogue_compiles_cleanly(tmp_path):
    subprocess.run(
        ["msgfmt", "--check", "-o", str(tmp_path / "django.mo"), str(CATALOGUE)], check=True
    )


def test_catalogue_covers_the_code(tmp_path):
    """makemessages finds no string the catalogue lacks."""
    extracted = tmp_path / "django.pot"
    sources = [
        str(p.relative_to(BASE_DIR))
        for folder in ("portal", "content", "search", "forms")
        for p in (BASE_DIR / folder).rglob("*.py")
        if "migrations" not in p.parts
    ]
    subprocess.run(
        [
            "xgettext",
            "--language=Python",
            "--from-code=UTF-8",
            "--keyword=gettext_lazy",
            "--keyword=_",
            "--keyword=ngettext:1,2",
            "-o",
            str(extracted),
            *sources,
        ],
        cwd=BASE_DIR,
        check=True,
    )
    known = {e.msgid for e in polib.pofile(str(CATALOGUE))}
    new = [e.msgid for e in polib.pofile(str(extracted)) if e.msgid and e.msgid not in known]
    assert new == [], "run `make messages` and translate the new strings"
