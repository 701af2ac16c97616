permissions = 0777
