"""``python -m newsdesk`` behaves like the ``newsdesk`` command."""

import sys

from newsdesk.launcher import main

sys.exit(main())
