"""Settings safe for production; dev and test relax them.

Everything that varies between machines is read from the environment once,
through ``env``. With no environment at all the portal runs on the embedded
defaults: SQLite, Wagtail's database search, local files and console e-mail.
"""

from django.utils.translation import gettext_lazy as _

from .env import BASE_DIR, VAR_DIR, env

SECRET_KEY = env.str("SECRET_KEY")
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "content",
    "search",
    "forms",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "formtools",
    "bootstrap_italia_template",
    "js_lib_leaflet",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "portal" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'portal.sqlite3'}"),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://")}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Italian is the source language of every page.
LANGUAGE_CODE = "it"
LANGUAGES = [
    ("it", "Italiano"),
    ("en", "English"),
    ("ro", "Română"),
    ("uk", "Українська"),
    ("es", "Español"),
    ("fr", "Français"),
    ("ar", "العربية"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locales"]
TIME_ZONE = "Europe/Rome"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=VAR_DIR / "static")
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=VAR_DIR / "media")
# Applicants' uploads: never below MEDIA_ROOT, never served by URL.
PRIVATE_STORAGE_ROOT = env.path("PRIVATE_STORAGE_ROOT", default=VAR_DIR / "private")

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": str(PRIVATE_STORAGE_ROOT), "base_url": None},
    },
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Online applications.
APPLICATION_UPLOAD_MAX_BYTES = env.int("APPLICATION_UPLOAD_MAX_BYTES", default=10 * 1024 * 1024)
APPLICATION_RESUME_DAYS = env.int("APPLICATION_RESUME_DAYS", default=30)
# Per client (IP address), as django-ratelimit reads it: "count/period".
APPLICATION_SUBMIT_RATE = env.str("APPLICATION_SUBMIT_RATE", default="5/h")
APPLICATION_STATUS_RATE = env.str("APPLICATION_STATUS_RATE", default="20/h")
# The admin home lists pending applications untouched for longer than this.
APPLICATION_WAITING_DAYS = env.int("APPLICATION_WAITING_DAYS", default=10)
# Retention (the prune_applications command).
APPLICATION_DRAFT_RETENTION_DAYS = env.int("APPLICATION_DRAFT_RETENTION_DAYS", default=60)
APPLICATION_DECIDED_RETENTION_DAYS = env.int("APPLICATION_DECIDED_RETENTION_DAYS", default=730)
# Rate counters live in the default cache: per process with the local-memory
# default, shared once CACHE_URL points at Redis (as production does).
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.E003", "django_ratelimit.W001"]

EMAIL_CONFIG = env.email("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="portale@example.org")

WAGTAIL_SITE_NAME = _("Home-care programme")
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", default="http://localhost:8000")
# No avatars from gravatar.com: nothing at run time calls a third-party host,
# and the admin would send each user's hashed e-mail address there.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Search: "database" (Wagtail's, zero set-up) or "elasticsearch" (ELASTICSEARCH_URL).
SEARCH_BACKEND = env.str("SEARCH_BACKEND", default="database")
ELASTICSEARCH_URL = env.str("ELASTICSEARCH_URL", default="")
SEARCH_INDEX_PREFIX = env.str("SEARCH_INDEX_PREFIX", default="portal")
# One Wagtail backend per language, so PostgreSQL indexes and queries each
# page with its language's text-search configuration ("simple" where
# PostgreSQL has none). The search app keeps them up to date itself
# (AUTO_UPDATE off), indexing each page only with its own language.
SEARCH_POSTGRES_CONFIGS = {
    "it": "italian",
    "en": "english",
    "ro": "romanian",
    "uk": "simple",
    "es": "spanish",
    "fr": "french",
    "ar": "arabic",
}
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": False},
    **{
        f"pages_{code}": {
            "BACKEND": "wagtail.search.backends.database",
            "AUTO_UPDATE": False,
            "SEARCH_CONFIG": config,
        }
        for code, config in SEARCH_POSTGRES_CONFIGS.items()
    },
}
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True

TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Map tiles: a URL template such as https://tiles.example/{z}/{x}/{y}.png.
# Empty means no map is drawn and the list of helpdesks stands alone.
MAP_TILE_URL = env.str("MAP_TILE_URL", default="")
MAP_TILE_ATTRIBUTION = env.str("MAP_TILE_ATTRIBUTION", default="")

DJANGO_BOOTSTRAP_ITALIA_USE_CDN = False

SESSION_COOKIE_SECURE = env.bool("SECURE_COOKIES", default=True)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=False)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
X_FRAME_OPTIONS = "DENY"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    # Every page publish logs a task and a revision at INFO: noise, not news.
    "loggers": {
        name: {"level": "WARNING"} for name in ("django_tasks", "wagtail", "wagtail_localize")
    },
}
