"""`uvicorn travelrisk.api.asgi:app`: the API built from the environment (several processes, one database)."""

from travelrisk.api.app import create_app

app = create_app()
