"""Pure assessment: history, country pictures, changes and early warning from stored facts."""
