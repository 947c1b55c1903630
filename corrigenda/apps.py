from django.apps import AppConfig


class CorrigendaConfig(AppConfig):
    name = "corrigenda"
    verbose_name = "Corrigenda"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.core.signals import setting_changed

        from corrigenda import checks, conf  # noqa: F401  (registers the system checks)

        def on_change(*, setting: str, **kwargs: object) -> None:
            if setting == "CORRIGENDA":
                conf.reset()

        setting_changed.connect(on_change, weak=False)
