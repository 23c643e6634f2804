"""The command `procesregels`: its console script and `python -m procesregels`."""


def main() -> None:
    # The collector policy of a one-command process (commands/collector.py) starts before the
    # command line and its libraries (click) are imported, so their start-up is covered too.
    from procesregels.commands import collector

    collector.one_shot()
    from procesregels.cli import main as run

    run()


if __name__ == "__main__":
    main()
