"""`python -m svodka run …`: the same command as `svodka`."""
from svodka.pipeline.cli import main

main()
