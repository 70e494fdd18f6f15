from django.core.management.base import BaseCommand

from content.permissions import ensure_all_network_groups


class Command(BaseCommand):
    help = "Create each network's editor, moderator and reviewer groups and their permissions."

    def handle(self, *args, **options):
        for groups in ensure_all_network_groups():
            self.stdout.write(
                f"{groups.code}: {groups.editors.name}, {groups.moderators.name}, "
                f"{groups.reviewers.name}"
            )
