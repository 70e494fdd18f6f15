"""Test run: fast hashing, in-memory e-mail, tasks run at once."""

import os
import tempfile
from pathlib import Path

from django.core.management.utils import get_random_secret_key

os.environ.setdefault("SECRET_KEY", get_random_secret_key())

from .base import *  # noqa: E402, F403

DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = False
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
WAGTAILADMIN_BASE_URL = "http://testserver"
# Static files straight from the apps, without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Uploads of the test run go to a throw-away folder.
PRIVATE_STORAGE_ROOT = Path(tempfile.mkdtemp(prefix="portal-private-"))
STORAGES["private"]["OPTIONS"]["location"] = str(PRIVATE_STORAGE_ROOT)  # noqa: F405
# Many applications come from one test client; the rate-limit test sets its own.
APPLICATION_SUBMIT_RATE = "10000/m"
APPLICATION_STATUS_RATE = "10000/m"
