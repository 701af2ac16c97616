# x
  # y 
#
