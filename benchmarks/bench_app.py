"""The API with one extra bare route, for benchmarks/api_load.py (same app, same server settings)."""

from travelrisk.api.app import create_app

app = create_app()


@app.get("/bench/constant")
async def constant() -> dict[str, str]:
    return {"status": "constant"}
