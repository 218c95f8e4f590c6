"""Extraction of grounded entities and events from analysed articles."""
