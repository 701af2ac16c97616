x = 1
# naïve
