"""Settings of the standalone server, all from the environment (docs/deploy.md)."""

from __future__ import annotations

import os

import dj_database_url

from corrigenda.server.environment import env_flag, env_list, env_rates, home_dir, secret_key

HOME = home_dir()
SECRET_KEY = secret_key(HOME)
DEBUG = env_flag("CORRIGENDA_DEBUG")
ALLOWED_HOSTS = env_list("CORRIGENDA_ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CORRIGENDA_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_tasks_db",
    "corrigenda",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
]

ROOT_URLCONF = "corrigenda.server.urls"
WSGI_APPLICATION = "corrigenda.server.wsgi.application"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Persistent connections: reconnecting per request costs 2-3x on SQLite and 10-17x on
# PostgreSQL (DESIGN.md, measured on this machine kind).
CONN_MAX_AGE = None
SQLITE_OPTIONS = {
    # WAL lets readers run beside the one writer; NORMAL is durable across process crashes
    # and loses at most the last commits on power loss, at 4x the FULL write rate.
    "init_command": ("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"),
    # IMMEDIATE takes the write lock at BEGIN, so two writers queue instead of deadlocking
    # on a lock upgrade half-way through a transaction.
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,  # seconds a writer waits for the lock before an error
}
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{HOME / 'corrigenda.sqlite3'}",
        conn_max_age=None,
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = SQLITE_OPTIONS
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    }
else:
    # A file cache is shared by every process on the machine, unlike the local-memory one.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(HOME / "cache"),
        }
    }

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "corrigenda:login"
LOGIN_REDIRECT_URL = "corrigenda:queue"
LOGOUT_REDIRECT_URL = "corrigenda:login"

LANGUAGE_CODE = "en"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = HOME / "static"
STATIC_ROOT.mkdir(exist_ok=True)
# Serve the app's static files straight from the package: no collectstatic step to forget.
WHITENOISE_USE_FINDERS = True

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = env_flag("CORRIGENDA_HTTPS")
CSRF_COOKIE_SECURE = env_flag("CORRIGENDA_HTTPS")
SECURE_SSL_REDIRECT = env_flag("CORRIGENDA_HTTPS")
if env_flag("CORRIGENDA_BEHIND_PROXY"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
X_FRAME_OPTIONS = "DENY"

MAILERS = {
    "default": {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {
            "host": os.environ.get("CORRIGENDA_SMTP_HOST", "localhost"),
            "port": int(os.environ.get("CORRIGENDA_SMTP_PORT", "25")),
            "username": os.environ.get("CORRIGENDA_SMTP_USER", ""),
            "password": os.environ.get("CORRIGENDA_SMTP_PASSWORD", ""),
            "use_tls": env_flag("CORRIGENDA_SMTP_TLS"),
            "timeout": 10,
        },
    }
}
if env_flag("CORRIGENDA_DEMO") and not os.environ.get("CORRIGENDA_SMTP_HOST"):
    # The demo has no mail server: readers' e-mails are printed in the server's log.
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
DEFAULT_FROM_EMAIL = os.environ.get("CORRIGENDA_FROM_EMAIL", "corrigenda@localhost")

CORRIGENDA = {
    **env_rates(),
    "DEMO": env_flag("CORRIGENDA_DEMO"),
    "DESK_URL": os.environ.get("CORRIGENDA_URL", "http://127.0.0.1:8000"),
    "FETCH_ALLOW_LOOPBACK": env_flag("CORRIGENDA_FETCH_ALLOW_LOOPBACK"),
    "WEBHOOK_ALLOW_PRIVATE": env_flag("CORRIGENDA_WEBHOOK_ALLOW_PRIVATE"),
    "TRUST_X_FORWARDED_FOR": env_flag("CORRIGENDA_BEHIND_PROXY"),
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("CORRIGENDA_LOG_LEVEL", "INFO")},
}

# The desk's own pages run no inline script or style; the demo pages load the widget from
# this same origin, so they double as a strict-CSP check of the widget.
SECURE_CSP = {
    "default-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "frame-ancestors": ["'none'"],
    "form-action": ["'self'"],
}
