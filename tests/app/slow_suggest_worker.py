"""A suggestion worker that never finishes in time: ``python -m tests.app.slow_suggest_worker``
(the tests check that closing the window or opening another article stops it)."""

import sys
import time

sys.stdin.buffer.read()
time.sleep(120)
