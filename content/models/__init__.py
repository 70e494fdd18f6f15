from .guidance import GuidanceIndexPage, GuidancePage, GuidanceTopic
from .helpdesks import HelpdeskIndexPage, HelpdeskMapPage, HelpdeskPage, OpeningHours, Weekday
from .home import HomePage
from .networks import NetworkPage, NetworkPartner, PartnerKind
from .settings import PortalSettings
from .standard import StandardPage
from .taxonomy import Service, ServiceCode, SpokenLanguage
from .training import CourseKind, CoursePage, CourseSession, CourseStatus, TrainingCalendarPage

__all__ = [
    "CourseKind",
    "CoursePage",
    "CourseSession",
    "CourseStatus",
    "GuidanceIndexPage",
    "GuidancePage",
    "GuidanceTopic",
    "HelpdeskIndexPage",
    "HelpdeskMapPage",
    "HelpdeskPage",
    "HomePage",
    "NetworkPage",
    "NetworkPartner",
    "OpeningHours",
    "PartnerKind",
    "PortalSettings",
    "Service",
    "ServiceCode",
    "SpokenLanguage",
    "StandardPage",
    "TrainingCalendarPage",
    "Weekday",
]
