million = 1__000_000
