"""`briefing` and `python -m briefing`: a Ctrl-C even while the libraries load ends quietly."""

import sys


def main() -> None:
    try:
        from .cli import cli
    except KeyboardInterrupt:
        sys.stderr.write("briefing: interrupted\n")
        sys.exit(130)
    cli()


if __name__ == "__main__":
    main()
