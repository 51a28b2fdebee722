"""Stage 1, ingest: files to the core tables (decoding, page layout, sidecars, loading, the parse
cache, the parallel helper)."""

from analysis import submodules_on_demand

__getattr__ = submodules_on_demand(__name__)
