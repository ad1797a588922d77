from mgcalc.entry import main

main()
