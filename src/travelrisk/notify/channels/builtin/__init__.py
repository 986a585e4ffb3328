"""The channels that ship with travelrisk, one module each (loaded like plug-ins)."""
