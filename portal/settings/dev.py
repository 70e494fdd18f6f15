"""Local development: debug on, console e-mail, cookies over plain HTTP."""

import os

from django.core.management.utils import get_random_secret_key

from .env import VAR_DIR, env

# Local data (database, uploads, the secret key) lives in var/.
VAR_DIR.mkdir(parents=True, exist_ok=True)

if not env.str("SECRET_KEY", default=""):
    # A key made once per checkout, so sessions survive restarts without a
    # secret committed anywhere.
    key_file = VAR_DIR / "secret_key"
    if not key_file.exists():
        key_file.write_text(get_random_secret_key())
    os.environ["SECRET_KEY"] = key_file.read_text().strip()

from .base import *  # noqa: E402, F403

DEBUG = env.bool("DEBUG", default=True)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = False
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
# Static files straight from the apps, without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
