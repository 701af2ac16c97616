x = (1,
     2,

     # c
     3)
y = [
  a
  for a in b
]
z = {
  'k': (
    v
  )
}
