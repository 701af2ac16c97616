def find(items, name):
    for item in items:
        if item["name"] == name:
            return item
user = find([{"name": "ann"}], "bob")
print(user.get("email"))
