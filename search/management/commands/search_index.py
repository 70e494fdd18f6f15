from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from search import backends
from search.tasks import indexable_pages, load_pages


class Command(BaseCommand):
    help = (
        "Index every live page into the configured search backend, language by language; "
        "with --rebuild, empty each language's index first."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--rebuild",
            action="store_true",
            help="Empty the index of each language before filling it again.",
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
        backend = backends.get_backend()
        codes = [language] if language else [code for code, _name in settings.LANGUAGES]
        for code in codes:
            # Ids first, pages a batch at a time: memory stays flat however
            # large the tree, and each batch is loaded with its relations.
            page_ids = list(
                indexable_pages()
                .filter(locale__language_code=code)
                .order_by("path")
                .values_list("pk", flat=True)
            )
            if rebuild:
                backend.clear(code)
            for start in range(0, len(page_ids), batch_size):
                batch = page_ids[start : start + batch_size]
                backend.index_pages(load_pages(batch))
                self.stdout.write(f"{code}: {start + len(batch)}/{len(page_ids)} pages")
            if not page_ids:
                self.stdout.write(f"{code}: 0/0 pages")
        self.stdout.write(self.style.SUCCESS("Search index up to date."))
