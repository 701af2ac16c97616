"""N-queens: count every way to place n queens on an n x n chessboard so
that no two attack each other, by backtracking one row at a time with
lists of occupied columns and diagonals; then count the fundamentally
different solutions, those not related by a rotation or reflection of the
board, by reducing each solution to a canonical form."""

N = 12  # size; test size: 8


def solutions(n):
    cols = [False] * n
    up = [False] * (2 * n - 1)      # diagonals where row + col is constant
    down = [False] * (2 * n - 1)    # diagonals where row - col is constant
    placed = [0] * n
    found = []

    def place(row):
        if row == n:
            found.append(tuple(placed))
            return
        for col in range(n):
            d1 = row + col
            d2 = row - col + n - 1
            if cols[col] or up[d1] or down[d2]:
                continue
            cols[col] = up[d1] = down[d2] = True
            placed[row] = col
            place(row + 1)
            cols[col] = up[d1] = down[d2] = False

    place(0)
    return found


def rotate(board):
    # the queen at (row, col) moves to (col, n - 1 - row)
    n = len(board)
    turned = [0] * n
    for row in range(n):
        turned[board[row]] = n - 1 - row
    return tuple(turned)


def mirror(board):
    n = len(board)
    return tuple(n - 1 - col for col in board)


def canonical(board):
    best = board
    for _ in range(4):
        board = rotate(board)
        flipped = mirror(board)
        if board < best:
            best = board
        if flipped < best:
            best = flipped
    return best


def main():
    for n in range(4, N + 1):
        found = solutions(n)
        distinct = set()
        for board in found:
            distinct.add(canonical(board))
        print(n, len(found), len(distinct), list(found[0]))


main()
