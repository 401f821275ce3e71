"""Wait until the llama.cpp server on 127.0.0.1:PORT answers /health, or its process PID ends.
    python scripts/wait-for-server.py PORT PID"""

import os
import sys
import time
import urllib.request

port, pid = sys.argv[1], int(sys.argv[2])
while True:
    try:
        urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2)
        break
    except OSError:
        try:
            os.kill(pid, 0)
        except OSError:
            sys.exit("llama-server stopped before it answered; see its log")
        time.sleep(0.5)
