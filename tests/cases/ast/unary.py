-a
+a
~a
not a
- - a
-+~a
-1
+1.5
~0
not -a
-(a)
--1
