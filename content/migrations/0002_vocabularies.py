from django.db import migrations

SERVICES = [
    "information",
    "orientation",
    "matching",
    "contract_support",
    "skills_certification",
    "training",
    "subsidies",
]

LANGUAGES = [
    ("it", "Italiano"),
    ("en", "English"),
    ("ro", "Română"),
    ("uk", "Українська"),
    ("es", "Español"),
    ("fr", "Français"),
    ("ar", "العربية"),
]


def create_vocabularies(apps, schema_editor):
    Service = apps.get_model("content", "Service")
    SpokenLanguage = apps.get_model("content", "SpokenLanguage")
    for order, code in enumerate(SERVICES):
        Service.objects.update_or_create(code=code, defaults={"sort_order": order})
    for order, (code, name) in enumerate(LANGUAGES):
        SpokenLanguage.objects.update_or_create(
            code=code, defaults={"name": name, "sort_order": order}
        )


class Migration(migrations.Migration):
    dependencies = [("content", "0001_initial")]

    operations = [migrations.RunPython(create_vocabularies, migrations.RunPython.noop)]
