from goalbook.cli import main

main()
