from django.core.management.base import BaseCommand

from content.demo.build import DemoBuilder


class Command(BaseCommand):
    help = "Build the demo region: home, eight networks, helpdesks, courses, guidance and staff."

    def add_arguments(self, parser):
        parser.add_argument(
            "--password",
            help="Password for the demo staff accounts (default: a new random one, printed).",
        )
        parser.add_argument(
            "--skip-translations",
            action="store_true",
            help="Do not create the translated copies of the page tree.",
        )

    def handle(self, *args, password=None, skip_translations=False, **options):
        builder = DemoBuilder(log=self.stdout.write)
        if not skip_translations:
            self.stdout.write("Building the region and its translations: a few minutes…")
        logins, password = builder.build(password=password, translate=not skip_translations)
        builder.recount_tree()
        self.stdout.write(
            f"Pages created: {builder.created}, translated copies: {builder.translated}"
        )
        self.stdout.write(self.style.SUCCESS("Demo ready. Staff logins (password for all):"))
        self.stdout.write(f"  password: {password}")
        for username, role in logins:
            self.stdout.write(f"  {username:<12} {role}")
