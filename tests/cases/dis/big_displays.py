# Displays too big to build on the stack in one go.
big_list = [x0, x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11, x12, x13, x14, x15, x16, x17, x18, x19, x20, x21, x22, x23, x24, x25, x26, x27, x28, x29, x30, x31]
big_dict = {'k0': v0, 'k1': v1, 'k2': v2, 'k3': v3, 'k4': v4, 'k5': v5, 'k6': v6, 'k7': v7, 'k8': v8, 'k9': v9, 'k10': v10, 'k11': v11, 'k12': v12, 'k13': v13, 'k14': v14, 'k15': v15, 'k16': v16, 'k17': v17}
big_set = {s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12, s13, s14, s15, s16, s17, s18, s19, s20, s21, s22, s23, s24, s25, s26, s27, s28, s29, s30, s31}
const_dict = {k0: 0, k1: 1, k2: 2, k3: 3, k4: 4, k5: 5, k6: 6, k7: 7, k8: 8, k9: 9, k10: 10, k11: 11, k12: 12, k13: 13, k14: 14, k15: 15, k16: 16}
