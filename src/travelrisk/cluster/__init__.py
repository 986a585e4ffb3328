"""Cluster mode: background jobs on the PostgreSQL queue (procrastinate) and the Dask backfill; shells over
`TravelRisk`."""
