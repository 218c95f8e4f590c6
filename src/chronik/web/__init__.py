"""The JSON API and the web pages of `chronik serve`: one ASGI app over a read-only knowledge base."""
