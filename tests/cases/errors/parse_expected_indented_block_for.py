for x in y:
break
