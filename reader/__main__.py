from reader.launcher import main

main()
