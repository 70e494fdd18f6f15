from django.conf import settings
from django.core.management.base import BaseCommand

from search import relevance


class Command(BaseCommand):
    help = "Run the relevance suite on the configured search backend and print its MRR."

    def handle(self, *args, **options):
        outcomes = relevance.run()
        for outcome in outcomes:
            mark = "ok " if outcome.passed else "MISS"
            rank = outcome.rank or "-"
            self.stdout.write(
                f"{mark} [{outcome.language}] {outcome.text!r}: rank {rank} ({outcome.expected})"
            )
        passed = sum(outcome.passed for outcome in outcomes)
        self.stdout.write(
            f"backend: {settings.SEARCH_BACKEND}; {passed}/{len(outcomes)} in the top "
            f"{relevance.TOP}; mean reciprocal rank {relevance.mean_reciprocal_rank(outcomes):.3f}"
        )
