"""Stage 5, the site: report discovery and parameters, the build, the HTML pages."""

from analysis import submodules_on_demand

__getattr__ = submodules_on_demand(__name__)
