from django.contrib.auth import views as auth_views
from django.urls import path

from corrigenda.views import dashboard, public

# The API mounts separately (server/urls.py): django-ninja reverses its own namespace.
app_name = "corrigenda"

urlpatterns = [
    path("<str:name>", public.widget_file, name="widget_file"),
    path("desk/", dashboard.queue, name="queue"),
    path("desk/issues/<int:pk>/", dashboard.issue_detail, name="issue"),
    path("desk/settings/", dashboard.settings_page, name="settings"),
    path("desk/issues/<int:pk>/<str:action>/", dashboard.issue_decide, name="decide"),
    path(
        "desk/login/",
        auth_views.LoginView.as_view(
            template_name="corrigenda/login.html", redirect_authenticated_user=True
        ),
        name="login",
    ),
    path("desk/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("corrections/<slug:site>/", public.corrections_log, name="corrections"),
    path("corrections/<slug:site>/feed/", public.corrections_feed, name="corrections_feed"),
    path("corrections/<slug:site>/history/", public.article_history, name="history"),
    path("demo/", public.demo_index, name="demo_index"),
    path("demo/cms/webhook", public.demo_cms_webhook, name="demo_cms_webhook"),
    path("demo/<slug:slug>/", public.demo_article, name="demo_article"),
]
