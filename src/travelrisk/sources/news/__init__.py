"""News article formats: seed text, plain text, HTML pages, RSS/Atom feeds, JSON Lines; bytes -> `Article`."""
