from sys import get_recursion_limitt
