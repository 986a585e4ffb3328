"""The HTTP API (FastAPI) and feeds."""
