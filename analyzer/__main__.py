"""`python -m analyzer` runs the skillgap command."""

from analyzer.cli import main

main()
