"""Input adapters: bytes in the sources' own formats -> model objects. `fetch.py` is the only HTTP."""
