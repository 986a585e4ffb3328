"""Official advisory sources, one module each, each ending in its `register_source(...)`. Every module in this
package is loaded by `travelrisk.sources.registry`: adding a file here adds a source (see docs/architecture.md)."""
