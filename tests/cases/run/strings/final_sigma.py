# Greek final sigma in lower() and friends
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

tests = ['Σ', 'ΣΑ', 'ΑΣ', 'ΑΣΑ', 'ΑΣ Α', 'ΑΣ.', 'Α.Σ', 'ΑΣ\u0345', 'Α\u0345Σ', 'Α\u00adΣ', 'Α\u00adΣ\u00ad', 'Α\u00adΣ\u00adΑ',
         "Α'Σ", "ΑΣ'", 'ΟΔΥΣΣΕΥΣ', 'ΣΣ', 'ΣΣΣ', 'aΣ', 'aΣb', '1Σ', 'ǅΣ', 'ΑΣ😀', 'ΑΣ𐐀', 'ΑΣ\u0301', 'Α\u0301Σ',
         'ᾼΣ', 'ΆΣ', 'ΑΣΣ Α', ' Σ ', 'ΑΣ\u200d', 'ΑΣ\u05f4', 'ΑΣ:', 'ΑΣ\u2019']
for t in tests:
    print(repr(t), repr(t.lower()), repr(t.casefold()), repr(t.swapcase()), repr(t.capitalize()), repr(t.title()))
print('ΣΑΣ ΣΑΣ'.lower(), 'ΣΑΣ ΣΑΣ'.title(), 'ΣΑΣ ΣΑΣ'.capitalize())
show('lower none', lambda: 'Σ'.lower(None))
