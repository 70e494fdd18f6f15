from django.core.management.base import BaseCommand

from forms import retention


class Command(BaseCommand):
    help = (
        "Delete abandoned drafts and their files, anonymise decided applications past "
        "their retention period, and remove files no record points at."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Print what would be done; change nothing."
        )

    def handle(self, *args, dry_run=False, **options):
        result = retention.plan()
        verb = "Would" if dry_run else "Did"
        for draft in result.drafts:
            files = draft.documents.count()
            self.stdout.write(f"{verb}: delete draft {draft.uuid} ({files} files)")
        for application in result.applications:
            self.stdout.write(f"{verb}: anonymise {application.reference}")
        for document in result.orphan_documents:
            self.stdout.write(f"{verb}: delete orphaned document {document.file.name}")
        for path in result.stray_files:
            self.stdout.write(f"{verb}: delete stray file {path}")
        if not dry_run:
            retention.apply(result)
        self.stdout.write(
            self.style.SUCCESS(
                f"{len(result.drafts)} drafts, {len(result.applications)} applications, "
                f"{len(result.orphan_documents) + len(result.stray_files)} files"
                + (" (dry run)" if dry_run else "")
            )
        )
