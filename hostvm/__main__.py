"""`python -m hostvm`: the same as the `hostvm` command."""
import sys

from .cli import main

sys.exit(main())
