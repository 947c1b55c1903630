from django.urls import include, path
from django.views.generic import RedirectView

from corrigenda.views.api import api

urlpatterns = [
    path("api/v1/", api.urls),
    path("", include("corrigenda.urls")),
    path("", RedirectView.as_view(pattern_name="corrigenda:queue", permanent=False)),
]
