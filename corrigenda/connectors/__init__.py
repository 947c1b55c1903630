"""Connectors: apply an accepted correction to the publisher's CMS. Pure: never imports Django.

Plain data in and out; a failure is a ``ConnectorError`` with a stable ``code`` and a
``message`` the desk shows to the editor as it is.
"""

from corrigenda.connectors.http import ConnectorError
from corrigenda.connectors.wordpress import Applied, wordpress_apply

__all__ = ["Applied", "ConnectorError", "wordpress_apply"]
