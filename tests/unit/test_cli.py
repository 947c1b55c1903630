"""The `corrigenda` command's admin subcommands, run as a user would run them."""

from __future__ import annotations

import re

from tests.commands import corrigenda


def cli(home, *args: str):
    return corrigenda(*args, home=home)


def test_site_user_token_and_webhook_from_the_shell(tmp_path):
    assert cli(tmp_path, "manage", "migrate", "-v0").returncode == 0
    site = cli(tmp_path, "site", "add", "ledger", "--domain", "ledger.example")
    assert site.returncode == 0
    key = re.search(r"Public key \(for the widget\): (\S+)", site.stdout).group(1)
    assert f'data-site="{key}"' in site.stdout
    assert re.search(r"Secret \(for the push API; shown only now\): \S{40,}", site.stdout)

    user = cli(tmp_path, "user", "add", "ed@ledger.example", "--site", "ledger")
    assert user.returncode == 0 and "Password (shown only now):" in user.stdout
    token = cli(tmp_path, "token", "add", "ed@ledger.example")
    assert token.returncode == 0 and "cgd_" in token.stdout
    hook = cli(tmp_path, "webhook", "add", "ledger", "https://cms.ledger.example/hook")
    assert hook.returncode == 0 and "whsec_" in hook.stdout

    missing = cli(tmp_path, "user", "add", "x@y.example", "--site", "nope")
    assert missing.returncode == 2 and "No site named 'nope'" in missing.stderr
