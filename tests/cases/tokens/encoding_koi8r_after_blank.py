
# coding: koi8-r
print("привет")
