from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from corrigenda.views import dashboard, public, siteadmin
from corrigenda.views.auth import LoginView

# The API mounts separately (server/urls.py): django-ninja reverses its own namespace.
app_name = "corrigenda"

urlpatterns = [
    path("healthz", public.healthz, name="healthz"),
    path("<str:name>", public.widget_file, name="widget_file"),
    path("desk/", dashboard.queue, name="queue"),
    path("desk/issues/<int:pk>/", dashboard.issue_detail, name="issue"),
    path("desk/settings/", dashboard.settings_page, name="settings"),
    path("desk/issues/<int:pk>/<str:action>/", dashboard.issue_decide, name="decide"),
    path("desk/login/", LoginView.as_view(), name="login"),
    path("desk/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("desk/sites/<slug:name>/", siteadmin.site_admin, name="site_admin"),
    path(
        "desk/password/reset/",
        auth_views.PasswordResetView.as_view(
            template_name="corrigenda/password_reset.html",
            email_template_name="corrigenda/mail/password_reset.txt",
            subject_template_name="corrigenda/mail/password_reset_subject.txt",
            success_url=reverse_lazy("corrigenda:password_reset_done"),
        ),
        name="password_reset",
    ),
    path(
        "desk/password/reset/sent/",
        auth_views.PasswordResetDoneView.as_view(template_name="corrigenda/password_done.html"),
        name="password_reset_done",
    ),
    path(
        "desk/password/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(
            template_name="corrigenda/password_set.html",
            success_url=reverse_lazy("corrigenda:password_reset_complete"),
        ),
        name="password_reset_confirm",
    ),
    path(
        "desk/password/done/",
        auth_views.PasswordResetCompleteView.as_view(template_name="corrigenda/password_done.html"),
        name="password_reset_complete",
    ),
    path("corrections/<slug:site>/", public.corrections_log, name="corrections"),
    path("corrections/<slug:site>/feed/", public.corrections_feed, name="corrections_feed"),
    path("corrections/<slug:site>/history/", public.article_history, name="history"),
    path("demo/", public.demo_index, name="demo_index"),
    path("demo/cms/webhook", public.demo_cms_webhook, name="demo_cms_webhook"),
    path("demo/<slug:slug>/", public.demo_article, name="demo_article"),
]
