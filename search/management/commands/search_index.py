from contextlib import nullcontext

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from wagtail.models import Page

from search import backends
from search.tasks import indexable_pages, load_pages


class Command(BaseCommand):
    help = (
        "Index every live page into the configured search backend, language by language, "
        "and drop the pages no longer public; with --rebuild, fill each language's index "
        "again from scratch while searches keep using the current one."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--rebuild",
            action="store_true",
            help=(
                "Fill each language's index from scratch (on Elasticsearch a new index, "
                "searched once it is complete)."
            ),
        )
        parser.add_argument(
            "--language",
            choices=[code for code, _name in settings.LANGUAGES],
            help="Only this language (default: all of settings.LANGUAGES).",
        )
        parser.add_argument(
            "--batch-size",
            type=int,
            default=500,
            help="Pages loaded and sent to the backend at a time (default: 500).",
        )

    def handle(self, *args, rebuild=False, language=None, batch_size=500, **options):
        if batch_size < 1:
            raise CommandError("--batch-size must be at least 1.")
        self.batch_size = batch_size
        backend = backends.get_backend()
        codes = [language] if language else [code for code, _name in settings.LANGUAGES]
        for code in codes:
            with backend.rebuilding(code) if rebuild else nullcontext(backend) as index:
                started = timezone.now()
                page_ids = self.indexable_ids(code)
                self.send(index, page_ids, progress=f"{code}: {{}}/{len(page_ids)} pages")
                if not page_ids:
                    self.stdout.write(f"{code}: 0/0 pages")
                self.catch_up(index, code, page_ids, started)
        self.stdout.write(self.style.SUCCESS("Search index up to date."))

    def indexable_ids(self, code):
        # Ids first, pages a batch at a time: memory stays flat however
        # large the tree, and each batch is loaded with its relations.
        return list(
            indexable_pages()
            .filter(locale__language_code=code)
            .order_by("path")
            .values_list("pk", flat=True)
        )

    def send(self, index, page_ids, progress=None):
        """Index ``page_ids`` a batch at a time; ``progress`` is a line to
        print after each batch, ``{}`` standing for how many are done."""
        for start in range(0, len(page_ids), self.batch_size):
            batch = page_ids[start : start + self.batch_size]
            index.index_pages(load_pages(batch))
            if progress:
                self.stdout.write(progress.format(start + len(batch)))

    def catch_up(self, index, code, sent, started):
        """What changed while the pages were being sent, and what should not be there.

        Pages published since ``started`` are sent again; pages of the
        language that are not indexable (drafts, unpublished, private, or
        deleted meanwhile) are removed.
        """
        sent = set(sent)
        published_at = dict(
            indexable_pages()
            .filter(locale__language_code=code)
            .values_list("pk", "last_published_at")
        )
        now = set(published_at)
        again = sorted(
            pk for pk, at in published_at.items() if pk not in sent or (at and at >= started)
        )
        language_pages = Page.objects.filter(locale__language_code=code, depth__gt=1)
        gone = sorted((set(language_pages.values_list("pk", flat=True)) | sent) - now)
        self.send(index, again)
        for start in range(0, len(gone), self.batch_size):
            index.remove_pages(gone[start : start + self.batch_size])
        if again or gone:
            self.stdout.write(
                f"{code}: sent again (changed meanwhile): {len(again)}; "
                f"left out (not public): {len(gone)}"
            )
