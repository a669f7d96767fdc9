"""The version of goalbook: a leaf, so that the writers can stamp it without importing the
package's public API."""

__version__ = "0.1.0"
