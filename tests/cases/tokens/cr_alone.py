x = 1y = 2
 z = 3
# c
  
w = 4