"""Request types the views rely on: behind ``login_required`` the user is a real one."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.http import HttpRequest


class AuthedRequest(HttpRequest):
    # Narrowed: login_required, or a valid API token, let this request in.
    user: User
