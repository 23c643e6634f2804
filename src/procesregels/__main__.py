from procesregels.cli import main

main()
