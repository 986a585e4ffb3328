"""The use cases behind every shell; `TravelRisk` is the one door to them."""

from travelrisk.services.facade import TravelRisk

__all__ = ["TravelRisk"]
