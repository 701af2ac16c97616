café = 1
naïve_π = café * 2
日本 = "Japan"
ｆｕｌｌ = 1
ℌ = 2
ﬁle = 3
def 函数(参数): return 参数
class Ünïcödé: pass
x = Ünïcödé.ａｔｔｒ
