import sys

from wholesale_desk.cli import main

sys.exit(main())
