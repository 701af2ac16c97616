def café•(): pass
