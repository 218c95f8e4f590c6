"""The innermost layer: data classes, errors, offsets and settings. Imports nothing else of ours."""
