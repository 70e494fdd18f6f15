import datetime as dt

import icalendar
import pytest

from django.utils import timezone

from content.demo.networks import NETWORKS
from content.models import CoursePage, CourseSession, HelpdeskPage

pytestmark = pytest.mark.django_db

BBOXES = {network["code"]: network["bbox"] for network in NETWORKS}


def geojson(client, **params):
    response = client.get("/api/v1/helpdesks.geojson", params)
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "application/geo+json"
    return response.json()


def test_geojson_is_a_feature_collection_of_every_live_helpdesk(client, italian):
    data = geojson(client)
    assert data["type"] == "FeatureCollection"
    live = HelpdeskPage.objects.live().filter(locale=italian)
    assert len(data["features"]) == live.count() >= 24
    for feature in data["features"]:
        assert feature["type"] == "Feature"
        assert feature["geometry"]["type"] == "Point"
        lon, lat = feature["geometry"]["coordinates"]
        assert isinstance(lon, float) and isinstance(lat, float)
        assert set(feature["properties"]) >= {
            "title",
            "url",
            "network",
            "municipality",
            "services",
            "languages",
            "open_now",
        }


def test_geojson_coordinates_lie_in_their_province(client):
    for feature in geojson(client)["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        min_lon, min_lat, max_lon, max_lat = BBOXES[feature["properties"]["network"]]
        assert min_lon <= lon <= max_lon and min_lat <= lat <= max_lat, feature["properties"]


@pytest.mark.parametrize("code", sorted(BBOXES))
def test_geojson_network_filter(client, code):
    features = geojson(client, network=code)["features"]
    assert len(features) >= 3
    assert {f["properties"]["network"] for f in features} == {code}


def test_geojson_service_and_language_filters(client):
    everything = geojson(client)["features"]
    matching = geojson(client, service="matching")["features"]
    assert 0 < len(matching) < len(everything)
    assert all("matching" in f["properties"]["services"] for f in matching)

    romanian = geojson(client, language="ro")["features"]
    assert 0 < len(romanian) < len(everything)
    assert all("ro" in f["properties"]["languages"] for f in romanian)

    both = geojson(client, service="matching", language="ro", network="TO")["features"]
    expected = [
        f
        for f in matching
        if "ro" in f["properties"]["languages"] and f["properties"]["network"] == "TO"
    ]
    assert {f["id"] for f in both} == {f["id"] for f in expected}


def test_geojson_leaves_out_unpublished_helpdesks(client, italian):
    helpdesk = HelpdeskPage.objects.live().filter(locale=italian).first()
    helpdesk.unpublish()
    ids = {f["id"] for f in geojson(client)["features"]}
    assert helpdesk.pk not in ids


@pytest.mark.parametrize(
    "params", [{"network": "XX"}, {"service": "nonsense"}, {"language": "zz"}, {"lang": "de"}]
)
def test_geojson_refuses_unknown_filter_values_with_400(client, params):
    response = client.get("/api/v1/helpdesks.geojson", params)
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_parameters"


def parse_ics(client, **params):
    response = client.get("/api/v1/courses.ics", params)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return icalendar.Calendar.from_ical(response.content)


def upcoming_sessions(**filters):
    return CourseSession.objects.filter(
        course__live=True, course__locale__language_code="it", ends__gte=timezone.now(), **filters
    )


def test_ics_has_one_event_per_upcoming_session(client):
    calendar = parse_ics(client)
    events = calendar.walk("VEVENT")
    sessions = upcoming_sessions()
    assert len(events) == sessions.count() > 0
    assert len({str(e["uid"]) for e in events}) == len(events)
    by_uid = {str(e["uid"]).split("@")[0]: e for e in events}
    for session in sessions:
        event = by_uid[f"course-session-{session.pk}"]
        assert event.decoded("dtstart") == session.starts
        assert event.decoded("dtend") == session.ends
        assert str(event["summary"]) == session.course.title


def test_ics_leaves_out_past_sessions(client, italian):
    course = CoursePage.objects.live().filter(locale=italian).first()
    past = CourseSession.objects.create(
        course=course,
        starts=timezone.now() - dt.timedelta(days=3),
        ends=timezone.now() - dt.timedelta(days=3, hours=-2),
    )
    uids = {str(e["uid"]) for e in parse_ics(client).walk("VEVENT")}
    assert not any(uid.startswith(f"course-session-{past.pk}@") for uid in uids)


def test_ics_network_filter(client):
    events = parse_ics(client, network="CN").walk("VEVENT")
    expected = upcoming_sessions(course__url_path__contains="/cuneo/")
    assert len(events) == expected.count() > 0


def test_ics_refuses_an_unknown_network(client):
    assert client.get("/api/v1/courses.ics", {"network": "ZZ"}).status_code == 400
