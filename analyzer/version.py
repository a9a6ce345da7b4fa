"""The installed skillgap version, read once from the package metadata (cheap: no spaCy)."""

from importlib import metadata

try:
    __version__ = metadata.version("skillgap")
except metadata.PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+unknown"
