"""Production: everything comes from the environment.

PostgreSQL through ``DATABASE_URL``, Redis through ``CACHE_URL``
(``rediscache://…``), SMTP through ``EMAIL_URL``, S3-compatible storage when
``AWS_STORAGE_BUCKET_NAME`` is set, Elasticsearch through ``SEARCH_BACKEND``.
"""

from .base import *  # noqa: F403
from .base import STORAGES, env

SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True

if bucket := env.str("AWS_STORAGE_BUCKET_NAME", default=""):
    _s3 = {
        "bucket_name": bucket,
        "endpoint_url": env.str("AWS_S3_ENDPOINT_URL", default=None),
        "region_name": env.str("AWS_S3_REGION_NAME", default=None),
    }
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": _s3}
    STORAGES["private"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **_s3,
            "location": "private",
            "default_acl": "private",
            "querystring_auth": True,
        },
    }
