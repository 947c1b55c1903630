"""Logging in, with a limit on guesses: Django's view, behind the desk's rate limiter."""

from __future__ import annotations

from django.contrib.auth import views as auth_views
from django.http import HttpRequest, HttpResponse

from corrigenda.ratelimit import limiter
from corrigenda.services.reports import sender_hash
from corrigenda.views.api import client_ip

# Failed and successful attempts alike count: 10 tries per address per 15 minutes, and 20 per
# account from anywhere, slow a password guesser to a crawl and never trouble an editor.
PER_ADDRESS = (10, 900)
PER_ACCOUNT = (20, 900)


class LoginView(auth_views.LoginView):
    template_name = "corrigenda/login.html"
    redirect_authenticated_user = True

    def post(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        account = request.POST.get("username", "").strip().lower()[:150]
        wait = limiter().hit_all(
            [
                (f"login:ip:{sender_hash(client_ip(request))}", *PER_ADDRESS),
                (f"login:user:{sender_hash(account)}", *PER_ACCOUNT),
            ]
        )
        if wait is not None:
            minutes = max(1, round(wait / 60))
            response = self.render_to_response(
                self.get_context_data(
                    throttled=f"Too many attempts. Try again in {minutes} minute"
                    f"{'s' if minutes != 1 else ''}."
                )
            )
            response.status_code = 429
            response["Retry-After"] = str(wait)
            return response
        return super().post(request, *args, **kwargs)
