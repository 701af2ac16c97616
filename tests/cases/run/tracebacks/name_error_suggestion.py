def total_price(items):
    subtotal = sum(items)
    return subtotl * 1.2
total_price([1, 2])
