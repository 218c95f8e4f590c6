"""The command-line interface: thin commands that call library functions."""
