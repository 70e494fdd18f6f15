"""Builds the demo region from the data modules beside this one.

Every step looks for what it would create first, so running it again leaves
the site as it is; dates are relative to the day of the first run.
"""

import datetime as dt
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from wagtail.blocks import StreamValue
from wagtail.models import Locale, Page, Site

from content.models import (
    CoursePage,
    CourseSession,
    GuidanceIndexPage,
    GuidancePage,
    GuidanceTopic,
    HelpdeskIndexPage,
    HelpdeskMapPage,
    HelpdeskPage,
    HomePage,
    NetworkPage,
    NetworkPartner,
    OpeningHours,
    PortalSettings,
    Service,
    SpokenLanguage,
    StandardPage,
    TrainingCalendarPage,
)
from content.permissions import ensure_network_groups, ensure_regional_admins
from forms.demo import demo_applications
from forms.models import ApplicationFormPage

from .applications import APPLICATION_PAGES, REGION_PAGES
from .courses import COURSES
from .guidance import REGION_GUIDANCE, STANDARD_PAGES
from .helpdesks import HELPDESKS
from .local_guidance import LOCAL_GUIDANCE
from .networks import NETWORKS
from .translations import apply_english, translate_region


def stream(page_model, blocks):
    """Turn the data modules' ``(kind, value)`` tuples into StreamField data."""
    raw = []
    for kind, value in blocks:
        if kind == "table":
            value = {
                "data": [value["header"], *value["rows"]],
                "first_row_is_table_header": True,
                "first_col_is_header": False,
                "table_caption": value["caption"],
            }
        elif kind == "heading":
            value = {"text": value}
        raw.append({"type": kind, "value": value})
    return StreamValue(page_model.body.field.stream_block, raw, is_lazy=True)


def _time(text):
    return dt.time.fromisoformat(text)


class DemoBuilder:
    def __init__(self, log=print, today=None):
        self.log = log
        self.today = today or timezone.localdate()
        self.created = 0
        self.translated = 0

    # The tree -------------------------------------------------------------

    def child(self, parent, model, slug, **fields):
        """The child of ``parent`` with ``slug``, created and published if missing."""
        existing = parent.get_children().filter(slug=slug).first()
        if existing:
            return existing.specific
        relations = {k: fields.pop(k) for k in list(fields) if k.startswith("rel_")}
        page = model(slug=slug, **fields)
        for name, value in relations.items():
            setattr(page, name.removeprefix("rel_"), value)
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created += 1
        return page

    def home(self, locale):
        home = HomePage.objects.filter(locale=locale).first()
        if home is None:
            root = Page.get_first_root_node()
            # Wagtail's install leaves a welcome page that is of no use here.
            Page.objects.filter(depth=2, content_type__model="page").delete()
            home = self.child(
                root,
                HomePage,
                "home",
                title="Assistenza familiare in Piemonte",
                intro=REGION_PAGES["home_intro"],
                locale=locale,
            )
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={
                "hostname": "localhost",
                "port": 80,
                "root_page": home,
                "site_name": "Assistenza familiare in Piemonte",
            },
        )
        return home

    def region(self, home):
        pages = REGION_PAGES
        self.child(home, HelpdeskMapPage, "sportelli", **pages["map"])
        guidance = self.child(home, GuidanceIndexPage, "guida", **pages["guidance"])
        for guide in REGION_GUIDANCE:
            self.child(
                guidance,
                GuidancePage,
                guide["slug"],
                title=guide["title"],
                intro=guide["intro"],
                topic=guide["topic"],
                body=stream(GuidancePage, guide["blocks"]),
            )
        self.child(home, TrainingCalendarPage, "corsi", **pages["calendar"])
        standard = {}
        for data in STANDARD_PAGES:
            standard[data["slug"]] = self.child(
                home,
                StandardPage,
                data["slug"],
                title=data["title"],
                intro=data["intro"],
                body=stream(StandardPage, data["blocks"]),
            )
        return standard

    def network(self, home, data):
        code = data["code"]
        network = self.child(
            home,
            NetworkPage,
            slugify(data["province"]),
            title=data["name"],
            intro=data["intro"],
            code=code,
            province=data["province"],
            body=data["body"],
            contact_phone=data["contact_phone"],
            contact_email=data["contact_email"],
            contact_address=data["contact_address"],
            territory="\n".join(data["territory"]),
            rel_partners=[
                NetworkPartner(name=p["name"], kind=p["kind"], sort_order=i)
                for i, p in enumerate(data["partners"])
            ],
        )
        self.helpdesks(network, HELPDESKS[code], data["province"])
        self.local_guidance(network, LOCAL_GUIDANCE[code])
        self.courses(network, COURSES[code])
        for kind, page in APPLICATION_PAGES.items():
            self.child(network, ApplicationFormPage, page["slug"], kind=kind, **page["fields"])
        return network

    def helpdesks(self, network, helpdesks, province):
        index = self.child(
            network,
            HelpdeskIndexPage,
            "sportelli",
            title=f"Sportelli della provincia di {province}",
            intro="Dove trovare aiuto, quando sono aperti e quali lingue si parlano.",
        )
        services = {s.code: s for s in Service.objects.all()}
        languages = {lang.code: lang for lang in SpokenLanguage.objects.all()}
        for data in helpdesks:
            self.child(
                index,
                HelpdeskPage,
                slugify(data["title"]),
                title=data["title"],
                intro=data["intro"],
                address=data["address"],
                postcode=data["postcode"],
                municipality=data["municipality"],
                latitude=f"{data['latitude']:.5f}",
                longitude=f"{data['longitude']:.5f}",
                phone=data["phone"],
                email=data["email"],
                accessibility=data["accessibility"],
                appointment_required=data["appointment_required"],
                rel_services=[services[code] for code in data["services"]],
                rel_languages=[languages[code] for code in data["languages"]],
                rel_opening_hours=[
                    OpeningHours(
                        weekday=slot["weekday"],
                        opens=_time(slot["opens"]),
                        closes=_time(slot["closes"]),
                        sort_order=i,
                    )
                    for i, slot in enumerate(data["hours"])
                ],
            )

    def local_guidance(self, network, guides):
        index = self.child(
            network,
            GuidanceIndexPage,
            "guida",
            title="Informazioni utili sul territorio",
            intro="Come funziona la rete nella tua provincia.",
        )
        for guide in guides:
            self.child(
                index,
                GuidancePage,
                slugify(guide["title"])[:80],
                title=guide["title"],
                intro=guide["intro"],
                topic=GuidanceTopic.LOCAL,
                body=stream(GuidancePage, guide["blocks"]),
            )

    def courses(self, network, courses):
        calendar = self.child(
            network,
            TrainingCalendarPage,
            "corsi",
            title=f"Corsi in provincia di {network.province}",
            intro="Corsi gratuiti per assistenti familiari: qualifica, moduli e orientamento.",
        )
        languages = {lang.code: lang for lang in SpokenLanguage.objects.all()}
        for data in courses:
            self.child(
                calendar,
                CoursePage,
                slugify(data["title"])[:80],
                title=data["title"],
                intro=data["intro"],
                kind=data["kind"],
                description=data["description"],
                venue=data["venue"],
                seats=data["seats"],
                enrolment_opens=self.today + dt.timedelta(days=data["enrolment_opens_in_days"]),
                enrolment_closes=self.today + dt.timedelta(days=data["enrolment_closes_in_days"]),
                rel_languages=[languages[code] for code in data["languages"]],
                rel_sessions=[self.session(s, i) for i, s in enumerate(data["sessions"])],
            )

    def session(self, data, order):
        day = self.today + dt.timedelta(days=data["in_days"])
        zone = timezone.get_current_timezone()
        return CourseSession(
            starts=dt.datetime.combine(day, _time(data["starts"]), tzinfo=zone),
            ends=dt.datetime.combine(day, _time(data["ends"]), tzinfo=zone),
            place=data["place"] or "",
            sort_order=order,
        )

    # Settings and people -----------------------------------------------------

    def settings(self, standard):
        portal = PortalSettings.load()
        privacy = next(p for p in STANDARD_PAGES if "privacy_version" in p)
        portal.privacy_page = standard.get(privacy["slug"])
        portal.privacy_notice_version = privacy["privacy_version"]
        portal.accessibility_page = standard.get(REGION_PAGES["accessibility_slug"])
        portal.about_page = standard.get(REGION_PAGES["about_slug"])
        portal.contact_email = REGION_PAGES["contact_email"]
        portal.contact_phone = REGION_PAGES["contact_phone"]
        portal.save()

    def people(self, networks, password):
        User = get_user_model()
        admin, _created = User.objects.get_or_create(
            username="admin", defaults={"email": "admin@example.org"}
        )
        admin.is_staff = admin.is_superuser = True
        admin.set_password(password)
        admin.save()
        logins = [("admin", "regional admin")]
        for network in networks:
            groups = ensure_network_groups(network)
            username = f"editor.{network.code.lower()}"
            editor, _created = User.objects.get_or_create(
                username=username,
                defaults={"email": f"{username}@example.org", "first_name": "Redazione"},
            )
            editor.last_name = network.code
            editor.set_password(password)
            editor.save()
            editor.groups.add(groups.editors)
            logins.append((username, f"editor, {network.title}"))
            reviewer = self.person(f"reviewer.{network.code.lower()}", "Istruttoria", password)
            reviewer.last_name = network.code
            reviewer.save()
            reviewer.groups.add(groups.reviewers)
            logins.append((reviewer.username, f"reviewer, {network.title}"))
        regional = self.person("regione", "Ufficio regionale", password)
        regional.groups.add(ensure_regional_admins())
        logins.append((regional.username, "regional admin (applications only)"))
        return logins

    def person(self, username, first_name, password):
        user, _created = get_user_model().objects.get_or_create(
            username=username,
            defaults={"email": f"{username}@example.org", "first_name": first_name},
        )
        user.set_password(password)
        user.save()
        return user

    # Everything -------------------------------------------------------------

    @transaction.atomic
    def build(self, password=None, translate=True):
        """Build the region; returns the staff logins and their password.

        Translations come before people, so that each network's groups get
        their rights on every language's copy of the network.
        """
        for code, _name in settings.LANGUAGES:
            Locale.objects.get_or_create(language_code=code)
        italian = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
        home = self.home(italian)
        standard = self.region(home)
        networks = [self.network(home, data) for data in NETWORKS]
        self.settings(standard)
        if translate:
            self.translated = translate_region(log=self.log)
            apply_english(log=self.log)
        password = password or secrets.token_urlsafe(12)
        logins = self.people(networks, password)
        self.created_applications = demo_applications()
        return logins, password

    @staticmethod
    def recount_tree():
        """Recount every page's children, once the build has committed.

        Work run when the build commits saves some translated pages from
        copies loaded before their children existed, leaving a child count of
        0; Wagtail's routing below a page (an application's steps) trusts it.
        """
        Page.fix_tree(fix_paths=False)
