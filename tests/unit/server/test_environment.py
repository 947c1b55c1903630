"""The standalone server's environment rules."""

from __future__ import annotations

import stat

import pytest

from corrigenda.server.environment import env_flag, env_list, env_rates, home_dir, secret_key


def test_secret_key_is_generated_once_with_mode_0600(tmp_path, monkeypatch):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    first = secret_key(tmp_path)
    assert len(first) >= 50
    assert stat.S_IMODE((tmp_path / "secret_key").stat().st_mode) == 0o600
    assert secret_key(tmp_path) == first


def test_secret_key_from_environment_wins(tmp_path, monkeypatch):
    monkeypatch.setenv("SECRET_KEY", "x" * 60)
    assert secret_key(tmp_path) == "x" * 60
    assert not (tmp_path / "secret_key").exists()


def test_home_defaults_to_var_and_is_created(tmp_path, monkeypatch):
    monkeypatch.delenv("CORRIGENDA_HOME", raising=False)
    monkeypatch.chdir(tmp_path)
    assert home_dir() == tmp_path / "var"
    assert (tmp_path / "var").is_dir()


def test_flags_and_lists(monkeypatch):
    monkeypatch.setenv("F", "Yes")
    monkeypatch.setenv("L", "a, b,,c ")
    assert env_flag("F") and not env_flag("MISSING") and env_flag("MISSING", True)
    assert env_list("L") == ["a", "b", "c"]


def test_rates_from_environment(monkeypatch):
    monkeypatch.setenv("CORRIGENDA_SITE_RATE", "1200/60")
    monkeypatch.delenv("CORRIGENDA_SENDER_RATE", raising=False)
    assert env_rates()["SITE_RATE"] == (1200, 60)
    monkeypatch.setenv("CORRIGENDA_SENDER_RATE", "ten a minute")
    with pytest.raises(ValueError, match="count/seconds"):
        env_rates()
