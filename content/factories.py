"""Test data for the content app, mirroring the page models and blocks."""

import datetime as dt

import factory
import wagtail_factories

from django.utils import timezone

from . import blocks, models


class HeadingBlockFactory(wagtail_factories.StructBlockFactory):
    text = factory.Sequence(lambda n: f"Sezione {n}")

    class Meta:
        model = blocks.HeadingBlock


class CalloutBlockFactory(wagtail_factories.StructBlockFactory):
    tone = "warning"
    title = "Attenzione"
    text = factory.LazyFunction(lambda: blocks.ParagraphBlock().to_python("<p>Scadenza.</p>"))

    class Meta:
        model = blocks.CalloutBlock


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Assistenza familiare"
    intro = "Il programma regionale."

    class Meta:
        model = models.HomePage


class NetworkPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Rete {n}")
    # First letters no real province code uses, so test networks never clash.
    code = factory.Sequence(lambda n: f"{'QWXYZ'[n // 26 % 5]}{chr(65 + n % 26)}")
    province = factory.Sequence(lambda n: f"Provincia {n}")
    intro = "Una rete locale."

    class Meta:
        model = models.NetworkPage


class HelpdeskMapPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Sportelli {n}")

    class Meta:
        model = models.HelpdeskMapPage


class HelpdeskIndexPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Sportelli della rete {n}")

    class Meta:
        model = models.HelpdeskIndexPage


class HelpdeskPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Sportello {n}")
    address = factory.Sequence(lambda n: f"via Roma {n}")
    postcode = "10121"
    municipality = "Torino"
    latitude = "45.07000"
    longitude = "7.68000"
    phone = "011 555 0100"
    email = "sportello@example.org"

    class Meta:
        model = models.HelpdeskPage
        skip_postgeneration_save = True

    @factory.post_generation
    def with_details(self, create, extracted, **kwargs):
        """Give the helpdesk services, languages and two opening slots."""
        if not create:
            return
        self.services.set(models.Service.objects.all()[:3])
        self.languages.set(models.SpokenLanguage.objects.all()[:2])
        for weekday in (0, 3):
            models.OpeningHours.objects.create(
                helpdesk=self, weekday=weekday, opens=dt.time(9), closes=dt.time(12, 30)
            )


class GuidanceIndexPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Guida {n}")

    class Meta:
        model = models.GuidanceIndexPage


class GuidancePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Guida {n}")
    topic = models.GuidanceTopic.HIRING
    body = wagtail_factories.StreamFieldFactory(
        {
            "heading": factory.SubFactory(HeadingBlockFactory),
            "callout": factory.SubFactory(CalloutBlockFactory),
        }
    )

    class Meta:
        model = models.GuidancePage


class TrainingCalendarPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Corsi {n}")

    class Meta:
        model = models.TrainingCalendarPage


class CoursePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Corso {n}")
    kind = models.CourseKind.MODULE
    venue = "Agenzia formativa, via Po 1, Torino"
    seats = 20
    enrolment_opens = factory.LazyFunction(lambda: timezone.localdate() - dt.timedelta(days=5))
    enrolment_closes = factory.LazyFunction(lambda: timezone.localdate() + dt.timedelta(days=10))

    class Meta:
        model = models.CoursePage
        skip_postgeneration_save = True

    @factory.post_generation
    def sessions(self, create, extracted, **kwargs):
        """Two sessions, three and four weeks ahead unless given."""
        if not create:
            return
        starts = extracted or [timezone.now() + dt.timedelta(days=d) for d in (21, 28)]
        for i, start in enumerate(starts):
            models.CourseSession.objects.create(
                course=self, starts=start, ends=start + dt.timedelta(hours=3), sort_order=i
            )
        self.languages.set(models.SpokenLanguage.objects.all()[:2])


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Pagina {n}")
    body = wagtail_factories.StreamFieldFactory(
        {"heading": factory.SubFactory(HeadingBlockFactory)}
    )

    class Meta:
        model = models.StandardPage
